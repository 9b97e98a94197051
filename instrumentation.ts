// Runs once when the app server starts. It starts the bulk-import worker inside the server process
// (unless IMPORT_WORKER=off), so `npm start` — or a bare `next start` — imports queued articles
// with no other process to run. Extraction itself runs in worker threads, never on the thread
// that answers requests. More workers: `npm run worker` on any machine (README, "Operations").
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { inlineWorkerEnabled } = await import("./lib/imports/settings");
  if (!inlineWorkerEnabled() || !process.env.DATABASE_URL) return;
  const { startInlineImportWorker } = await import("./lib/imports/start-inline-worker");
  await startInlineImportWorker();
}
