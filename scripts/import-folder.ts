// npm run import -- <folder> [--user email] [--no-wait]
// Queues every file in the folder (and its subfolders) for import, as one batch: plain text, the
// tagged wire format, Markdown, JSON, NDJSON (one article a line) and .zip archives of those.
// Unless --no-wait, it also works the queue itself (next to any other worker) and prints each
// file's outcome when the batch is done.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db";
import { closeExtractionPool } from "@/lib/extraction-pool/extraction-pool";
import { createImportBatch } from "@/lib/imports/create-import-batch";
import { getImportBatch } from "@/lib/imports/get-import-batch";
import { stopImportQueue } from "@/lib/imports/import-queue";
import { IMPORT_LIMITS } from "@/lib/imports/limits";
import { startImportWorker } from "@/lib/imports/start-import-worker";
import { unpackUpload, type UploadedFile } from "@/lib/imports/unpack-upload";

async function main(): Promise<number> {
  process.env.CHECKPOINT_DISABLE = "1";
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--user");
  const userEmail = args.includes("--user") ? args[args.indexOf("--user") + 1] : undefined;
  if (!folder) {
    console.error("Usage: npm run import -- <folder> [--user email] [--no-wait]");
    return 2;
  }
  const db = createPrismaClient();
  try {
    const user = await db.user.findFirst({
      where: userEmail ? { email: userEmail.toLowerCase() } : { role: "ADMIN" },
      orderBy: { createdAt: "asc" },
      select: { id: true, email: true, role: true },
    });
    if (!user || user.role === "VIEWER") {
      console.error(userEmail ? `No editor or admin with the email ${userEmail}.` : "No admin account: pass --user <email> of an editor.");
      return 2;
    }
    const files = listFiles(path.resolve(folder));
    const entries = await unpackUpload(files.map((file) => ({ name: path.relative(folder, file.name), bytes: file.bytes })));
    const batch = await createImportBatch(db, { entries, actorId: user.id, source: "cli" });
    console.log(`Batch ${batch.batchId}: ${batch.queued} article(s) queued, ${batch.failed} refused, imported as ${user.email}.`);
    if (args.includes("--no-wait")) return 0;
    const worker = await startImportWorker(db);
    const outcome = await waitForBatch(db, batch.batchId, user.id);
    await worker.stop();
    return outcome;
  } finally {
    await stopImportQueue();
    await closeExtractionPool();
    await db.$disconnect();
  }
}

function listFiles(root: string): UploadedFile[] {
  const out: UploadedFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (stat.size > IMPORT_LIMITS.ndjsonBytes && !/\.zip$/i.test(name)) out.push({ name: full, bytes: Buffer.alloc(IMPORT_LIMITS.ndjsonBytes + 1) });
      else out.push({ name: full, bytes: readFileSync(full) });
    }
  };
  if (statSync(root).isDirectory()) walk(root);
  else out.push({ name: root, bytes: readFileSync(root) });
  return out;
}

async function waitForBatch(db: Db, batchId: string, userId: string): Promise<number> {
  let printed = "";
  for (;;) {
    const batch = await getImportBatch(db, { batchId, viewer: { id: userId, role: "ADMIN" } });
    const line = Object.entries(batch.counts).map(([k, v]) => `${k} ${v}`).join(", ");
    if (line !== printed) console.log(line);
    printed = line;
    if (batch.done) {
      for (const e of batch.entries) {
        const what = e.status === "IMPORTED" ? `imported, ${e.claimCount} claims (article ${e.articleId})` : e.status === "DUPLICATE" ? `duplicate of article ${e.articleId}` : `${e.status.toLowerCase()}: ${e.reason ?? ""}`;
        console.log(`  ${e.name}: ${what}`);
      }
      return batch.counts.failed > 0 ? 1 : 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // the batch is polled, like the page does
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
