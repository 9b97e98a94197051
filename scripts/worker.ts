// npm run worker — an import worker on its own: takes bulk-import jobs from the queue in
// DATABASE_URL and imports them. Run as many as you like, on any machine that reaches the database;
// pg-boss hands each job to one of them. Stops cleanly on SIGINT/SIGTERM (a job cut short by a
// harder stop is rolled back and retried).
import { createPrismaClient } from "@/lib/db";
import { closeExtractionPool } from "@/lib/extraction-pool/extraction-pool";
import { extractionThreads } from "@/lib/extraction-pool/settings";
import { stopImportQueue } from "@/lib/imports/import-queue";
import { startImportWorker } from "@/lib/imports/start-import-worker";

async function main() {
  process.env.CHECKPOINT_DISABLE = "1";
  const db = createPrismaClient();
  const worker = await startImportWorker(db);
  console.log(`Import worker ready (pid ${process.pid}, ${extractionThreads()} extraction thread(s)).`);
  const stop = async () => {
    await worker.stop();
    await stopImportQueue();
    await closeExtractionPool();
    await db.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
