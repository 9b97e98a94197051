// One job: import one entry of a batch. The article, its claims, its audit row and the entry's
// "imported" mark commit in one transaction, so a worker killed at any moment leaves either all of
// it or none of it, and the retried job starts again cleanly. A failure the input explains (bad
// file, too slow to extract, duplicate) is final; anything else is thrown so pg-boss retries.
import type { Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { importArticle } from "@/lib/articles/import-article";
import { readArticleFileInPool } from "@/lib/extraction-pool/read-in-pool";
import { importArticleSchema } from "@/lib/validation/article";

const FINAL = ["IMPORTED", "DUPLICATE", "FAILED"] as const;
const FIELD_NAMES: Record<string, string> = { title: "Headline", author: "Author", outlet: "Outlet", publishedAt: "Published date", url: "Source URL", body: "Article text" };

export async function runImportEntry(db: Db, entryId: string): Promise<void> {
  // Claims the entry in one statement (this runs once per article, so round trips count). An entry
  // already settled by an earlier attempt, or gone with its batch, returns nothing: done.
  const [entry] = await db.$queryRaw<Array<{ name: string; raw: string | null; createdById: string }>>`
    UPDATE import_entries e
       SET status = 'IMPORTING', attempts = e.attempts + 1, "updatedAt" = now()
      FROM import_batches b
     WHERE e.id = ${entryId} AND b.id = e."batchId" AND e.status IN ('QUEUED', 'IMPORTING')
 RETURNING e.name, e.raw, b."createdById"`;
  if (!entry) return;
  if (entry.raw === null) return settle(db, entryId, { status: "FAILED", reason: "The entry has no text to import." });

  try {
    const { values, format } = await readArticleFileInPool({ name: parserFileName(entry.name), text: entry.raw });
    const parsed = importArticleSchema.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = FIELD_NAMES[String(issue?.path[0])] ?? "Article";
      const reason = issue?.path[0] === "body" && /paste/i.test(issue.message) ? "No article text was found in the file (only a headline?)." : `${field}: ${issue?.message ?? "not valid"}`;
      return settle(db, entryId, { status: "FAILED", reason });
    }
    await importArticle(db, parsed.data, entry.createdById, format, {
      onSaved: async (tx, article) => {
        await tx.$executeRaw`
          UPDATE import_entries
             SET status = 'IMPORTED', "articleId" = ${article.id}, "claimCount" = ${article.claimCount}, raw = NULL, reason = NULL, "updatedAt" = now()
           WHERE id = ${entryId}`;
      },
    });
  } catch (error) {
    if (isDuplicate(error)) return settle(db, entryId, { status: "DUPLICATE", articleId: error.articleId });
    if (isAppError(error) && error.code === "INVALID") return settle(db, entryId, { status: "FAILED", reason: prefixLine(entry.name, error.message) });
    // Unexpected (database down, a crash in the extractor): keep the reason, let pg-boss retry.
    // If the retries run out, the dead-letter worker marks the entry failed with this reason.
    const reason = `The import failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`;
    await db.importEntry.update({ where: { id: entryId }, data: { reason: reason.slice(0, 1_000) } }).catch(() => undefined);
    throw error;
  }
}

/** Marks an entry as settled, unless another attempt already did (a retried job racing the first). */
async function settle(db: Db, entryId: string, data: { status: (typeof FINAL)[number]; reason?: string; articleId?: string }) {
  await db.importEntry.updateMany({
    where: { id: entryId, status: { notIn: [...FINAL] } },
    data: { ...data, raw: null },
  });
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

/** The file name the parser sees: an NDJSON line is a JSON article; otherwise the member's own name. */
function parserFileName(entryName: string): string {
  if (/\.(ndjson|jsonl) line \d+$/i.test(entryName)) return "line.json";
  return entryName.split(/[›/]/).pop()?.trim() || "article";
}

function prefixLine(entryName: string, message: string): string {
  return /\.(ndjson|jsonl) line \d+$/i.test(entryName) ? `This line is not a usable JSON article: ${message}` : message;
}

function isDuplicate(error: unknown): error is Error & { articleId: string } {
  return isAppError(error) && error.code === "INVALID" && typeof (error as { articleId?: unknown }).articleId === "string";
}
