// Settings of the bulk-import queue (documented in the README's configuration table and docs/import.md).
import { extractionThreads, extractionTimeoutMs } from "@/lib/extraction-pool/settings";

export const IMPORT_QUEUE = "article-import";
/** Jobs that used up their retries land here; its worker marks the entry failed. */
export const IMPORT_DEAD_LETTER_QUEUE = "article-import-dead";

export function importQueueSettings() {
  return {
    /** Attempts after the first, for unexpected failures and for a worker that died mid-job. */
    retryLimit: int("IMPORT_JOB_RETRIES", 3),
    retryDelay: int("IMPORT_JOB_RETRY_DELAY_SECONDS", 5),
    /** A job still active after this long is taken as lost (its worker died) and retried. The jobs
     * of a fetch stay active until their batch is written, so it covers one article at its
     * extraction budget, the rest of the batch (milliseconds each) and the write. */
    expireInSeconds: int("IMPORT_JOB_EXPIRE_SECONDS", Math.ceil(extractionTimeoutMs() / 1000) + 60 + fetchBatch()),
    /** How often a worker looks for expired jobs. */
    superviseSeconds: int("IMPORT_SUPERVISE_SECONDS", 30),
    /** Fetch loops per worker process: two per extraction thread, so that while one loop's batch
     * is written to the database the thread extracts the other's. Measured in docs/import.md. */
    concurrency: int("IMPORT_WORKER_CONCURRENCY", extractionThreads() * 2),
    /** Jobs one worker loop fetches at once and imports in one transaction (docs/import.md). */
    fetchBatch: fetchBatch(),
    /** Connections pg-boss keeps open in each process. */
    poolMax: int("IMPORT_QUEUE_POOL_MAX", 2),
  };
}

/** 16: per-batch statements cost about as much as 16 articles' rows (docs/import.md); a kill -9
 * retries at most this many jobs per loop. */
function fetchBatch(): number {
  return Math.max(1, int("IMPORT_FETCH_BATCH", 16));
}

/** Whether the app server runs an import worker in its own process (`IMPORT_WORKER=off` to not). */
export function inlineWorkerEnabled(): boolean {
  return (process.env.IMPORT_WORKER ?? "on").toLowerCase() !== "off";
}

function int(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}
