// A worker: takes import jobs from the queue and runs them, as many at once as the extraction pool
// has threads. `npm start` runs one inside the app server; `npm run worker` runs more anywhere
// that reaches the same database.
import type { Db } from "@/lib/db";
import { getImportQueue, type ImportJobData } from "./import-queue";
import { giveUpImportEntry, runImportEntry } from "./run-import-entry";
import { IMPORT_DEAD_LETTER_QUEUE, IMPORT_QUEUE, importQueueSettings } from "./settings";

export async function startImportWorker(db: Db): Promise<{ stop: () => Promise<void> }> {
  const boss = await getImportQueue();
  const settings = importQueueSettings();
  const concurrency = Math.max(1, settings.concurrency);
  await boss.work<ImportJobData>(IMPORT_QUEUE, { batchSize: 1, localConcurrency: concurrency, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await runImportEntry(db, job.data.entryId);
  });
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
