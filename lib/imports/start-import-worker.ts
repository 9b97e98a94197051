// A worker: takes import jobs from the queue and runs them, as many at once as the extraction pool
// has threads. `npm start` runs one inside the app server; `npm run worker` runs more anywhere
// that reaches the same database.
import type { Db } from "@/lib/db";
import type { JobResult } from "pg-boss";
import { getImportQueue, type ImportJobData } from "./import-queue";
import { giveUpImportEntry } from "./run-import-entry";
import { analyzeGrownTables } from "./analyze-grown-tables";
import { runImportEntries } from "./run-import-entries";
import { IMPORT_DEAD_LETTER_QUEUE, IMPORT_QUEUE, importQueueSettings } from "./settings";

export async function startImportWorker(db: Db): Promise<{ stop: () => Promise<void> }> {
  const boss = await getImportQueue();
  const settings = importQueueSettings();
  const concurrency = Math.max(1, settings.concurrency);
  // Each of the `concurrency` loops fetches a few jobs at a time and imports them together, each
  // job settled on its own. While fetches come back full there is a backlog, and the loop fetches
  // again at once (burst); when the queue runs dry it polls once a second.
  await boss.work<ImportJobData, unknown, { batchSize: number; localConcurrency: number; pollingIntervalSeconds: number; burstWhenBatchFull: true; perJobResults: true }>(
    IMPORT_QUEUE,
    { batchSize: settings.fetchBatch, localConcurrency: concurrency, pollingIntervalSeconds: 1, burstWhenBatchFull: true, perJobResults: true },
    async (jobs) => {
      // The fetch's entries are imported together: one transaction for their articles (docs/import.md).
      const failed = await runImportEntries(db, jobs.map((job) => job.data.entryId));
      // Between batches: fresh statistics keep the next batches' plans right as the tables grow.
      await analyzeGrownTables(db);
      return jobs.map((job): JobResult => {
        const error = failed.get(job.data.entryId);
        // Unexpected (the entry keeps the reason): failed, so pg-boss retries it.
        return error ? { id: job.id, status: "failed", output: { message: error.message } } : { id: job.id, status: "completed" };
      });
    },
  );
  await boss.work<ImportJobData>(IMPORT_DEAD_LETTER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (job) await giveUpImportEntry(db, job.data.entryId, settings.retryLimit + 1);
  });
  return {
    stop: async () => {
      await boss.offWork(IMPORT_QUEUE, { wait: true }).catch(() => undefined);
      await boss.offWork(IMPORT_DEAD_LETTER_QUEUE, { wait: true }).catch(() => undefined);
    },
  };
}
