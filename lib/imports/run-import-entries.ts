// The jobs of one fetch: import their entries together. Each article is read and extracted on
// its own; then the new articles — with their claims, audit rows, cross-references and the
// entries' "imported" marks — commit in one transaction, so the per-article round trips and
// statements are paid once per batch (docs/import.md). A worker killed at any moment leaves all
// of that batch or none of it, and the retried jobs start again cleanly.
//
// One article must not cost the others: a duplicate is an outcome, not an error (saveArticles),
// and if the batch's transaction fails, each article is written again in a transaction of its
// own, so only the one that fails again fails. A failure the input explains (bad file, too slow
// to extract, duplicate) is final; anything else is returned so that pg-boss retries that job.
import type { Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { contentHash, normalizeBody } from "@/lib/articles/content-hash";
import { saveArticles, type NewArticle, type SavedArticle } from "@/lib/articles/save-articles";
import { claimCreateData } from "@/lib/claims/from-extracted";
import { extractInPool } from "@/lib/extraction-pool/extraction-pool";
import { readArticleFileInPool } from "@/lib/extraction-pool/read-in-pool";
import { importArticleSchema } from "@/lib/validation/article";

// A batch of long articles has thousands of claims; the defaults (2 s to start, 5 s to finish) are for small writes.
const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };
const FIELD_NAMES: Record<string, string> = { title: "Headline", author: "Author", outlet: "Outlet", publishedAt: "Published date", url: "Source URL", body: "Article text" };

type Settled = { status: "FAILED"; reason: string } | { status: "DUPLICATE"; articleId: string };
interface ClaimedEntry {
  id: string;
  name: string;
  raw: string | null;
  createdById: string;
}

/** Returns the entries whose jobs failed unexpectedly (to be retried), with the error. */
export async function runImportEntries(db: Db, entryIds: string[]): Promise<Map<string, Error>> {
  const unexpected = new Map<string, Error>();
  // Claims the entries in one statement. An entry already settled by an earlier attempt, or gone
  // with its batch, is not returned: done.
  const claimed = await db.$queryRaw<ClaimedEntry[]>`
    UPDATE import_entries e
       SET status = 'IMPORTING', attempts = e.attempts + 1, "updatedAt" = now()
      FROM import_batches b
     WHERE e.id = ANY(${entryIds}::text[]) AND b.id = e."batchId" AND e.status IN ('QUEUED', 'IMPORTING')
 RETURNING e.id, e.name, e.raw, b."createdById"`;
  const settled = new Map<string, Settled>();
  const fail = (entry: ClaimedEntry, error: unknown) => {
    if (isAppError(error) && error.code === "INVALID") settled.set(entry.id, { status: "FAILED", reason: prefixLine(entry.name, error.message) });
    else unexpected.set(entry.id, error instanceof Error ? error : new Error(String(error)));
  };

  // Read (in the extraction pool: parsing a hostile file is CPU work too).
  const read = (
    await Promise.all(
      claimed.map(async (entry) => {
        if (entry.raw === null) return void settled.set(entry.id, { status: "FAILED", reason: "The entry has no text to import." });
        try {
          return await readEntry(entry, entry.raw, settled);
        } catch (error) {
          fail(entry, error);
        }
      }),
    )
  ).filter((r) => r !== undefined);

  // Texts already in the desk are duplicates before any extraction is spent on them.
  const hashes = read.map((r) => r.article.contentHash);
  const existing = hashes.length
    ? new Map((await db.$queryRaw<Array<{ id: string; contentHash: string }>>`SELECT id, "contentHash" FROM articles WHERE "contentHash" = ANY(${hashes}::text[])`).map((r) => [r.contentHash, r.id]))
    : new Map<string, string>();
  const fresh = read.filter((r) => {
    const holder = existing.get(r.article.contentHash);
    if (holder) settled.set(r.entry.id, { status: "DUPLICATE", articleId: holder });
    return !holder;
  });

  // Extract (the pool takes them one per thread; the others wait their turn).
  const ready = (
    await Promise.all(
      fresh.map(async (r) => {
        try {
          r.article.claims = (await extractInPool(r.article.body)).map(claimCreateData);
          return r;
        } catch (error) {
          fail(r.entry, error);
        }
      }),
    )
  ).filter((r) => r !== undefined);

  // Write: all together; if that fails, one by one, so that one bad article fails alone.
  try {
    await writeBatch(db, ready);
  } catch (error) {
    if (ready.length === 1) fail(ready[0]!.entry, error);
    else
      for (const r of ready) {
        try {
          await writeBatch(db, [r]);
        } catch (single) {
          fail(r.entry, single);
        }
      }
  }

  await settle(db, settled);
  await keepUnexpectedReasons(db, unexpected);
  return unexpected;
}

/** Keeps each unexpected error's reason on its entry, in one statement: if the retries run out,
 * the dead-letter worker marks the entry failed with it. Best effort: the database may be what failed. */
async function keepUnexpectedReasons(db: Db, unexpected: Map<string, Error>): Promise<void> {
  if (unexpected.size === 0) return;
  const rows = [...unexpected].map(([id, error]) => ({ id, reason: `The import failed unexpectedly: ${error.message}`.slice(0, 1_000) }));
  await db.$executeRaw`
    UPDATE import_entries e SET reason = r.reason, "updatedAt" = now()
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id text, reason text)
     WHERE e.id = r.id`.catch(() => undefined);
}

interface ReadEntry {
  entry: ClaimedEntry;
  article: NewArticle;
}

async function readEntry(entry: ClaimedEntry, raw: string, settled: Map<string, Settled>): Promise<ReadEntry | undefined> {
  const { values, format } = await readArticleFileInPool({ name: parserFileName(entry.name), text: raw });
  const parsed = importArticleSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = FIELD_NAMES[String(issue?.path[0])] ?? "Article";
    const reason = issue?.path[0] === "body" && /paste/i.test(issue.message) ? "No article text was found in the file (only a headline?)." : `${field}: ${issue?.message ?? "not valid"}`;
    settled.set(entry.id, { status: "FAILED", reason });
    return undefined;
  }
  const input = parsed.data;
  const body = normalizeBody(input.body);
  return {
    entry,
    article: {
      title: input.title,
      author: input.author,
      outlet: input.outlet,
      publishedAt: input.publishedAt,
      sourceUrl: input.url,
      body,
      contentHash: contentHash(body),
      sourceFormat: format,
      importedById: entry.createdById,
      claims: [],
    },
  };
}

/** The articles and their entries' marks, in one transaction (the marks last: see the kill test). */
async function writeBatch(db: Db, ready: ReadEntry[]): Promise<void> {
  if (ready.length === 0) return;
  await db.$transaction(async (tx) => {
    const saved: SavedArticle[] = await saveArticles(tx, ready.map((r) => r.article));
    const marks = ready.map((r, i) => {
      const s = saved[i]!;
      return s.duplicateOf === undefined
        ? { id: r.entry.id, status: "IMPORTED", articleId: s.id, claimCount: s.claimCount }
        : { id: r.entry.id, status: "DUPLICATE", articleId: s.duplicateOf, claimCount: null };
    });
    // An import overwrites whatever another attempt left (its article is the one saved); a
    // duplicate settles only an entry still open, as settle() does.
    await tx.$executeRaw`
      UPDATE import_entries e
         SET status = m.status::"ImportEntryStatus", "articleId" = m."articleId", "claimCount" = m."claimCount",
             raw = NULL, reason = NULL, "updatedAt" = now()
        FROM json_to_recordset(${JSON.stringify(marks)}::json) AS m(id text, status text, "articleId" text, "claimCount" int)
       WHERE e.id = m.id AND (m.status = 'IMPORTED' OR e.status NOT IN ('IMPORTED', 'DUPLICATE', 'FAILED'))`;
  }, IMPORT_TRANSACTION);
}

/** Marks entries as settled (failed, or duplicates found before extraction) in one statement,
 * unless another attempt already did (a retried job racing the first). */
async function settle(db: Db, settled: Map<string, Settled>): Promise<void> {
  if (settled.size === 0) return;
  const rows = [...settled].map(([id, s]) => ({ id, status: s.status, reason: s.status === "FAILED" ? s.reason : null, articleId: s.status === "DUPLICATE" ? s.articleId : null }));
  await db.$executeRaw`
    UPDATE import_entries e
       SET status = s.status::"ImportEntryStatus", reason = coalesce(s.reason, e.reason), "articleId" = coalesce(s."articleId", e."articleId"),
           raw = NULL, "updatedAt" = now()
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS s(id text, status text, reason text, "articleId" text)
     WHERE e.id = s.id AND e.status NOT IN ('IMPORTED', 'DUPLICATE', 'FAILED')`;
}

/** How unpack-upload.ts names an entry read from an NDJSON file ("feed.ndjson line 7"). */
const NDJSON_LINE = /\.(ndjson|jsonl) line \d+$/i;

/** The file name the parser sees: an NDJSON line is a JSON article; otherwise the member's own name. */
function parserFileName(entryName: string): string {
  if (NDJSON_LINE.test(entryName)) return "line.json";
  return entryName.split(/[›/]/).pop()?.trim() || "article";
}

function prefixLine(entryName: string, message: string): string {
  return NDJSON_LINE.test(entryName) ? `This line is not a usable JSON article: ${message}` : message;
}
