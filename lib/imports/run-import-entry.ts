// One job: import one entry of a batch (the worker runs the jobs of a fetch together through
// runImportEntries; this is the same path for a single entry). Anything unexpected is thrown so
// that pg-boss retries the job.
import type { Db } from "@/lib/db";
import { runImportEntries } from "./run-import-entries";

export async function runImportEntry(db: Db, entryId: string): Promise<void> {
  const failure = (await runImportEntries(db, [entryId])).get(entryId);
  if (failure) throw failure;
}

/** The dead-letter queue's handler: the job ran out of attempts (its worker kept dying, or kept failing). */
export async function giveUpImportEntry(db: Db, entryId: string, attempts: number): Promise<void> {
  const gaveUp = `Gave up after ${attempts} attempts`;
  // Keeps an unexpected error's own words when an attempt recorded them.
  await db.$executeRaw`
    UPDATE import_entries
       SET status = 'FAILED',
           reason = COALESCE(reason || ${` (${gaveUp.toLowerCase()}).`}, ${`${gaveUp}: the worker stopped each time before finishing.`}),
           raw = NULL,
           "updatedAt" = now()
     WHERE id = ${entryId} AND status NOT IN ('IMPORTED', 'DUPLICATE', 'FAILED')`;
}
