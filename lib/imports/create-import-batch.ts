// Records a batch and its entries, and queues one job per article, all in one transaction: an
// entry is never left "queued" without its job, nor a job without its entry. Each article the
// jobs import gets its own audit row (lib/articles/import-article.ts).
import { randomUUID } from "node:crypto";
import { fromPrisma } from "pg-boss";
import type { Db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { getImportQueue, type ImportJobData } from "./import-queue";
import { IMPORT_LIMITS } from "./limits";
import { IMPORT_QUEUE } from "./settings";
import type { UnpackedEntry } from "./unpack-upload";

export interface CreatedImportBatch {
  batchId: string;
  queued: number;
  failed: number;
}

const CHUNK = 500;

export async function createImportBatch(
  db: Db,
  options: { entries: UnpackedEntry[]; actorId: string; source: "upload" | "cli" },
): Promise<CreatedImportBatch> {
  const { entries, actorId, source } = options;
  if (entries.length === 0) throw new InvalidInputError("Choose at least one file to import.", { files: "Choose at least one file to import." });
  if (entries.length > IMPORT_LIMITS.articles) {
    const message = `One import holds at most ${IMPORT_LIMITS.articles.toLocaleString("en")} articles; this one has ${entries.length.toLocaleString("en")}. Split it.`;
    throw new InvalidInputError(message, { files: message });
  }
  const boss = await getImportQueue();
  const rows = entries.map((entry, position) => ({
    id: randomUUID(),
    position,
    name: entry.name.slice(0, 500),
    ...("text" in entry ? { raw: entry.text, status: "QUEUED" as const } : { reason: entry.reason, status: "FAILED" as const }),
  }));
  const queued = rows.filter((row) => row.status === "QUEUED");
  return db.$transaction(
    async (tx) => {
      const batch = await tx.importBatch.create({ data: { createdById: actorId, source }, select: { id: true } });
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx.importEntry.createMany({ data: rows.slice(i, i + CHUNK).map((row) => ({ ...row, batchId: batch.id })) });
      }
      for (let i = 0; i < queued.length; i += CHUNK) {
        const jobs = queued.slice(i, i + CHUNK).map((row) => ({ data: { entryId: row.id } satisfies ImportJobData }));
        // Inserted through this transaction's connection, so the jobs commit with the entries.
        await boss.insert(IMPORT_QUEUE, jobs, { db: fromPrisma(tx) });
      }
      return { batchId: batch.id, queued: queued.length, failed: rows.length - queued.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
