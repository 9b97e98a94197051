// The process's PDF threads: at most PDF_THREADS reports are drawn at once (the others wait their
// turn); a thread is kept for the next report and let go after a minute without one. A thread that
// failed or whose report was abandoned is terminated, never reused: it may be mid-report. A kept
// thread that stopped while idle (killed, out of memory) is dropped, so the next report gets a new one.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { FromPdfThread } from "./pdf-thread-protocol";
import { pdfThreadLimits, pdfThreads } from "./pdf-thread-settings";

// Resolved from the project root at run time: in a `next build` this module's own location is
// somewhere under .next, but the thread is loaded from source by path (the bundler must not follow
// it: the thread loads its TypeScript through tsx, outside any bundle).
const ENTRY = path.join(/* turbopackIgnore: true */ process.cwd(), "lib/reports/pdf/worker-entry.cjs");
const IDLE_MS = 60_000;

export interface PdfThread {
  worker: Worker;
  /** The thread's next message; its crash (out of memory, an error) as a "failed" message. */
  next: () => Promise<FromPdfThread>;
  /** False once the thread has stopped. */
  alive: () => boolean;
}

interface Idle {
  thread: PdfThread;
  timer: NodeJS.Timeout;
}

const state = globalThis as unknown as { claimdeskPdfThreads?: { idle: Idle[]; running: number; waiting: Array<() => void> } };

function pool() {
  state.claimdeskPdfThreads ??= { idle: [], running: 0, waiting: [] };
  return state.claimdeskPdfThreads;
}

/** A thread for one report: an idle one, a new one, or (all busy) the next one freed. */
export async function acquirePdfThread(): Promise<PdfThread> {
  const p = pool();
  if (p.running >= pdfThreads()) await new Promise<void>((resolve) => p.waiting.push(resolve));
  else p.running += 1;
  for (let idle = p.idle.pop(); idle; idle = p.idle.pop()) {
    clearTimeout(idle.timer);
    if (idle.thread.alive()) return idle.thread;
  }
  return startThread(() => {
    // A kept thread that stops leaves the idle list at once rather than failing the next report.
    p.idle = p.idle.filter((i) => {
      if (i.thread.alive()) return true;
      clearTimeout(i.timer);
      return false;
    });
  });
}

/** Gives the thread back after its report: kept when it finished cleanly, else terminated. */
export async function releasePdfThread(thread: PdfThread, clean: boolean): Promise<void> {
  const p = pool();
  if (clean) {
    const timer = setTimeout(() => {
      p.idle = p.idle.filter((i) => i.thread !== thread);
      void thread.worker.terminate();
    }, IDLE_MS);
    timer.unref(); // an idle thread never keeps a script's process alive
    p.idle.push({ thread, timer });
  } else await thread.worker.terminate();
  const next = p.waiting.shift();
  if (next) next(); // the slot passes straight to the next report
  else p.running -= 1;
}

function startThread(onExit: () => void): PdfThread {
  const worker = new Worker(/* turbopackIgnore: true */ ENTRY, { resourceLimits: pdfThreadLimits() });
  worker.unref();
  const queue: FromPdfThread[] = [];
  let wake: (() => void) | null = null;
  let alive = true;
  const push = (message: FromPdfThread) => {
    queue.push(message);
    wake?.();
  };
  worker.on("message", push);
  worker.on("error", (error) => push({ type: "failed", message: error.message }));
  worker.on("exit", (code) => {
    alive = false;
    push({ type: "failed", message: `the PDF thread stopped (exit code ${code})` });
    onExit();
  });
  return {
    worker,
    alive: () => alive,
    async next() {
      while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
      return queue.shift()!;
    },
  };
}

/** Stops the idle threads (tests, and settings that changed: a thread keeps the limits it began with). */
export async function closeIdlePdfThreads(): Promise<void> {
  const p = pool();
  const idle = p.idle;
  p.idle = [];
  for (const { thread, timer } of idle) {
    clearTimeout(timer);
    await thread.worker.terminate();
  }
}
