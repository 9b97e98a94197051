// Settings of the PDF threads (documented in the README's configuration table). A thread's live
// heap stays near 20 MB however long the report (PDFKit's state, one batch of rows, the fonts);
// the cap makes V8 collect PDFKit's garbage instead of growing. A report over the cap fails with
// "The PDF could not be made" rather than taking the server's memory.
import { availableParallelism } from "node:os";
import type { ResourceLimits } from "node:worker_threads";

export function pdfThreadLimits(env: Record<string, string | undefined> = process.env): ResourceLimits {
  return {
    maxOldGenerationSizeMb: positive(env.PDF_THREAD_HEAP_MB, 40),
    maxYoungGenerationSizeMb: positive(env.PDF_THREAD_YOUNG_MB, 8),
  };
}

/** PDF reports drawn at once per process; more wait their turn. */
export function pdfThreads(env: Record<string, string | undefined> = process.env): number {
  return positive(env.PDF_THREADS, Math.max(1, availableParallelism() - 1));
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}
