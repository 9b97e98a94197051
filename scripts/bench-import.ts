// npm run bench:import [-- --articles N]
// Bulk import through the queue against extraction alone, on the same generated articles (~800
// words, varied; default 10,000), on a throwaway PostgreSQL database:
//  1. extraction alone: every body through the extraction pool (the same threads the worker uses),
//     no database, no queue;
//  2. the queue: one batch of all the files (plain, Markdown, JSON), pg-boss jobs, the worker
//     parsing and extracting each article, and writing a fetch's articles, claims, audit rows,
//     cross-references and entries in one transaction.
// Prints articles/s for both and their ratio (goal ≥ 0.7: queue and database overhead ≤ 30%).
import { availableParallelism, cpus } from "node:os";
import { createPrismaClient } from "@/lib/db";
import { extractInPool, closeExtractionPool } from "@/lib/extraction-pool/extraction-pool";
import { extractionThreads } from "@/lib/extraction-pool/settings";
import { readArticleFile } from "@/lib/articles/read-article-file";
import { normalizeBody } from "@/lib/articles/content-hash";
import { createImportBatch } from "@/lib/imports/create-import-batch";
import { stopImportQueue } from "@/lib/imports/import-queue";
import { importQueueSettings } from "@/lib/imports/settings";
import { startImportWorker } from "@/lib/imports/start-import-worker";
import { generateArticles } from "./support/generate-articles";
import { createTestDatabase } from "./support/test-database";

async function main() {
  process.env.CHECKPOINT_DISABLE = "1";
  const count = Number(argValue("--articles") ?? 10_000);
  const articles = generateArticles(count);
  const bodies = articles.map((a) => normalizeBody(readArticleFile({ name: a.name, text: a.text }).values.body));
  const words = bodies.reduce((n, b) => n + b.split(/\s+/).length, 0);
  const threads = extractionThreads();
  console.log(`Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}`);
  console.log(`${count.toLocaleString("en")} generated articles, ${Math.round(words / count)} words on average; extraction threads ${threads}, worker concurrency ${importQueueSettings().concurrency}`);

  const database = await createTestDatabase("bulk_import_bench");
  process.env.DATABASE_URL = database.url;
  const db = createPrismaClient(database.url);
  try {
    // Warm the pool (threads load the language model once) outside both timings.
    await Promise.all(Array.from({ length: threads }, () => extractInPool("Acme sold 3 million cars in 2020.")));

    // 1. Extraction alone: the pool kept full, as the worker keeps it.
    let claims = 0;
    let next = 0;
    const t1 = performance.now();
    await Promise.all(
      Array.from({ length: threads * 2 }, async () => {
        while (next < bodies.length) {
          const found = await extractInPool(bodies[next++]!);
          claims += found.length;
        }
      }),
    );
    const alone = count / ((performance.now() - t1) / 1000);
    console.log(`extraction alone:   ${alone.toFixed(1)} articles/s  (${claims.toLocaleString("en")} claims)`);

    // 2. Through the queue into the database.
    const user = await db.user.create({ data: { email: "bench@claimdesk.test", name: "Bench", role: "EDITOR", passwordHash: "x" } });
    const t2 = performance.now();
    const { batchId } = await createImportBatch(db, { entries: articles.map((a) => ({ name: a.name, text: a.text })), actorId: user.id, source: "cli" });
    const enqueueSeconds = (performance.now() - t2) / 1000;
    const t3 = performance.now();
    const worker = await startImportWorker(db);
    for (;;) {
      const open = await db.importEntry.count({ where: { batchId, status: { in: ["QUEUED", "IMPORTING"] } } });
      if (open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250)); // polling the batch, as the page does
    }
    const queueSeconds = (performance.now() - t3) / 1000;
    await worker.stop();
    const outcome = await db.importEntry.groupBy({ by: ["status"], where: { batchId }, _count: { _all: true } });
    const stored = await db.claim.count();
    const queued = count / queueSeconds;
    console.log(`enqueue (one batch): ${enqueueSeconds.toFixed(1)} s for ${count.toLocaleString("en")} entries`);
    console.log(`through the queue:  ${queued.toFixed(1)} articles/s  (${outcome.map((o) => `${o.status.toLowerCase()} ${o._count._all}`).join(", ")}; ${stored.toLocaleString("en")} claims stored)`);
    console.log(`ratio queue / extraction alone: ${(queued / alone).toFixed(2)}  (goal ≥ 0.70)`);
    console.log(`including the enqueue: ${(count / (queueSeconds + enqueueSeconds)).toFixed(1)} articles/s, ratio ${(count / (queueSeconds + enqueueSeconds) / alone).toFixed(2)}`);
  } finally {
    await stopImportQueue();
    await closeExtractionPool();
    await db.$disconnect();
    await database.drop();
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
