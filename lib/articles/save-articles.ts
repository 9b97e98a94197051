// Writes new articles — each with its claims, its audit row and its cross-references — in the
// caller's transaction, in the same dozen or so statements however many there are: bulk import
// writes the jobs of one fetch together, since per-article round trips and statements, not the
// rows, were most of its database cost (docs/import.md).
//
// A text already in the desk, or twice in the list, is not an error that undoes the others: the
// unique index on contentHash decides (ON CONFLICT DO NOTHING, which also waits for another
// worker's open insert of the same text), and the loser is returned as a duplicate of the article
// that holds the text.
import type { Tx } from "@/lib/db";
import type { ArticleFormat } from "@/lib/extraction";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudits } from "@/lib/audit/record-audits";
import { insertClaims } from "@/lib/claims/insert-claims";
import { indexArticles } from "@/lib/crossref/index-articles";
import { rowId } from "@/lib/sql/row-id";

export interface NewArticle {
  title: string;
  author: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, stored as midnight UTC. */
  publishedAt: string | null;
  sourceUrl: string | null;
  /** Normalized (normalizeBody): claim offsets count on exactly this text. */
  body: string;
  contentHash: string;
  sourceFormat: ArticleFormat | "form";
  importedById: string;
  claims: Prisma.ClaimCreateWithoutArticleInput[];
}

export type SavedArticle = { id: string; claimCount: number; duplicateOf?: undefined } | { duplicateOf: string };

export async function saveArticles(tx: Tx, articles: NewArticle[]): Promise<SavedArticle[]> {
  if (articles.length === 0) return [];
  const rows = articles.map((a) => ({
    id: rowId(),
    title: a.title,
    author: a.author,
    outlet: a.outlet,
    publishedAt: a.publishedAt ? `${a.publishedAt}T00:00:00` : null,
    sourceUrl: a.sourceUrl,
    body: a.body,
    contentHash: a.contentHash,
    sourceFormat: a.sourceFormat,
    importedById: a.importedById,
  }));
  // In hash order: two workers inserting overlapping texts wait for each other in the same order
  // rather than deadlocking.
  const inserted = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO articles (id, title, author, outlet, "publishedAt", "sourceUrl", body, "contentHash", "sourceFormat", "importedById", "updatedAt")
    SELECT r.id, r.title, r.author, r.outlet, r."publishedAt", r."sourceUrl", r.body, r."contentHash", r."sourceFormat", r."importedById", now()
      FROM json_populate_recordset(NULL::articles, ${JSON.stringify(rows)}::json) AS r
     ORDER BY r."contentHash"
        ON CONFLICT ("contentHash") DO NOTHING
 RETURNING id`;
  const saved = new Set(inserted.map((r) => r.id));
  const lost = rows.filter((r) => !saved.has(r.id)).map((r) => r.contentHash);
  // The winners: committed by another worker (ON CONFLICT waited for it), or earlier in this list.
  const winners = lost.length
    ? new Map(
        (await tx.$queryRaw<Array<{ id: string; contentHash: string }>>`
          SELECT id, "contentHash" FROM articles WHERE "contentHash" = ANY(${lost}::text[])`).map((r) => [r.contentHash, r.id]),
      )
    : new Map<string, string>();

  const kept = articles.flatMap((a, i) => (saved.has(rows[i]!.id) ? [{ article: a, id: rows[i]!.id }] : []));
  await insertClaims(tx, kept.map(({ article, id }) => ({ articleId: id, claims: article.claims })));
  await recordAudits(
    tx,
    kept.map(({ article, id }) => ({
      actorId: article.importedById,
      action: "article.import",
      entityType: "article" as const,
      entityId: id,
      after: { title: article.title, claimCount: article.claims.length, sourceFormat: article.sourceFormat },
    })),
  );
  // Entities, match keys and figure conflicts commit with the articles (lib/crossref).
  await indexArticles(tx, kept.map((k) => k.id));

  return articles.map((a, i) => {
    const id = rows[i]!.id;
    if (saved.has(id)) return { id, claimCount: a.claims.length };
    const winner = winners.get(a.contentHash);
    // Not inserted and no holder: the conflict was on something else, which must not pass silently.
    if (!winner) throw new Error(`The article "${a.title}" was not saved and no article holds its text.`);
    return { duplicateOf: winner };
  });
}
