// Settings of the extraction worker pool (documented in the README's configuration table).
import { availableParallelism } from "node:os";

/** An article whose extraction takes longer fails with a clear reason; its worker is replaced. */
export function extractionTimeoutMs(): number {
  return positive(process.env.EXTRACTION_TIMEOUT_MS, 20_000);
}

/** Worker threads per process: one core is left to the request thread and the database. */
export function extractionThreads(): number {
  return positive(process.env.EXTRACTION_THREADS, Math.max(1, availableParallelism() - 1));
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}
