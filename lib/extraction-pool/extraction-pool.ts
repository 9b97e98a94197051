// Extraction never runs on the request thread: every caller (the import form, the import job
// worker, the file reader) hands its text to this pool of worker threads. Each task has a time
// budget; a task over it is aborted, which terminates its thread (piscina starts a fresh one), so
// one pathological article costs one thread for at most the budget and never blocks a request.
import path from "node:path";
import { Piscina } from "piscina";
import { InvalidInputError } from "@/lib/errors";
import type { ExtractedClaim } from "@/lib/extraction";
import { extractionThreads, extractionTimeoutMs } from "./settings";
import type { ExtractionTask, ExtractionTaskResult } from "./tasks";

// Resolved from the project root at run time: in a `next build` the bundled module's own location
// is somewhere under .next, but the worker is loaded from source by path.
const WORKER = path.join(process.cwd(), "lib/extraction-pool/worker-entry.cjs");

export interface ExtractionPool {
  /** Runs one task. The budget counts from the moment a thread takes the task, not while it
   * waits for a free thread (the pool is only handed as many tasks as it has threads). */
  run: (task: ExtractionTask, budgetMs?: number) => Promise<ExtractionTaskResult>;
  close: () => Promise<void>;
}

export interface ExtractionPoolOptions {
  /** The worker module (tests pass a stand-in). */
  filename?: string;
  threads?: number;
}

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const threads = options.threads ?? extractionThreads();
  const pool = new Piscina<ExtractionTask, ExtractionTaskResult>({
    filename: options.filename ?? WORKER,
    minThreads: 0,
    maxThreads: threads,
    // Loading the language model takes a moment; keep idle threads for a minute.
    idleTimeout: 60_000,
  });
  let running = 0;
  const waiting: Array<() => void> = [];
  const acquire = () =>
    running < threads ? ((running += 1), Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve));
  const release = () => {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight to the next task
    else running -= 1;
  };
  return {
    async run(task, budgetMs = extractionTimeoutMs()) {
      await acquire();
      const controller = new AbortController();
      // Aborting a running task terminates its thread; piscina starts a fresh one for the next.
      const timer = setTimeout(() => controller.abort(), budgetMs);
      try {
        return await pool.run(task, { signal: controller.signal });
      } catch (error) {
        if (controller.signal.aborted) throw new ExtractionTimeoutError(budgetMs);
        throw error;
      } finally {
        clearTimeout(timer);
        release();
      }
    },
    close: () => pool.destroy(),
  };
}

const globalForPool = globalThis as unknown as { claimdeskExtractionPool?: ExtractionPool };

/** The process's pool, shared by the import form, the file reader and the import job worker. */
export function getExtractionPool(): ExtractionPool {
  globalForPool.claimdeskExtractionPool ??= createExtractionPool();
  return globalForPool.claimdeskExtractionPool;
}

export class ExtractionTimeoutError extends InvalidInputError {
  constructor(budgetMs: number) {
    const message = `Claim extraction took longer than its ${formatSeconds(budgetMs)} budget for this article and was stopped; nothing was saved. Split the article into parts, or raise EXTRACTION_TIMEOUT_MS.`;
    super(message, { body: message });
  }
}

export function runInPool(task: ExtractionTask, budgetMs?: number): Promise<ExtractionTaskResult> {
  return getExtractionPool().run(task, budgetMs);
}

export async function extractInPool(body: string, budgetMs?: number): Promise<ExtractedClaim[]> {
  const result = await runInPool({ kind: "extract", body }, budgetMs);
  if (result.kind !== "extract") throw new Error("extraction pool answered a different task");
  return result.claims;
}

/** Closes the process's pool (scripts and tests, so the process can exit). */
export async function closeExtractionPool(): Promise<void> {
  const pool = globalForPool.claimdeskExtractionPool;
  globalForPool.claimdeskExtractionPool = undefined;
  await pool?.close();
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
