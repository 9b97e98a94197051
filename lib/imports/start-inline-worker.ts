// The import worker inside the app server (instrumentation.ts). A queue that cannot start (the
// database is down at boot) must not stop the desk from serving: it is logged and retried.
import { getDb } from "@/lib/db";
import { startImportWorker } from "./start-import-worker";

const RETRY_MS = 15_000;

export async function startInlineImportWorker(): Promise<void> {
  try {
    await startImportWorker(getDb());
    console.log("[import queue] worker running in the app server");
  } catch (error) {
    console.error(`[import queue] worker could not start (${(error as Error).message}); retrying in ${RETRY_MS / 1000} s`);
    setTimeout(() => void startInlineImportWorker(), RETRY_MS).unref();
  }
}
