// Saves an article with its extracted claims and the audit row, all in one transaction:
// there is never an article without its claims, nor claims without their article.
import type { Db, Tx } from "@/lib/db";
import type { ArticleFormat } from "@/lib/extraction";
import { extractInPool } from "@/lib/extraction-pool/extraction-pool";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimCreateData } from "@/lib/claims/from-extracted";
import { insertClaims } from "@/lib/claims/insert-claims";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { indexArticles } from "@/lib/crossref/index-articles";
import type { ImportArticleInput } from "@/lib/validation/article";
import { contentHash, normalizeBody } from "./content-hash";

// A long article has hundreds of claims; the defaults (2 s to start, 5 s to finish) are for small writes.
const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

export interface ImportedArticle {
  id: string;
  claimCount: number;
}

export interface ImportArticleOptions {
  /** Runs inside the import's transaction once the article is written (a bulk import marks its
   * entry done there, so the entry and the article commit together or not at all). */
  onSaved?: (tx: Tx, article: ImportedArticle) => Promise<void>;
}

export async function importArticle(
  db: Db,
  input: ImportArticleInput,
  actorId: string,
  sourceFormat: ArticleFormat | "form" = "form",
  options: ImportArticleOptions = {},
): Promise<ImportedArticle> {
  const body = normalizeBody(input.body);
  const hash = contentHash(body);
  const duplicate = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (duplicate) throw new DuplicateArticleError(duplicate);

  // In the worker pool, never on this thread: a slow article must not hold up other requests.
  const claims = (await extractInPool(body)).map(claimCreateData);
  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          title: input.title,
          author: input.author,
          outlet: input.outlet,
          publishedAt: input.publishedAt ? new Date(`${input.publishedAt}T00:00:00Z`) : null,
          sourceUrl: input.url,
          body,
          contentHash: hash,
          sourceFormat,
          importedById: actorId,
        },
        select: { id: true, title: true },
      });
      await insertClaims(tx, [{ articleId: article.id, claims }]);
      await recordAudit(tx, {
        actorId,
        action: "article.import",
        entityType: "article",
        entityId: article.id,
        after: { title: article.title, claimCount: claims.length, sourceFormat },
      });
      // Entities, match keys and figure conflicts commit with the article (lib/crossref).
      await indexArticles(tx, [article.id]);
      const imported = { id: article.id, claimCount: claims.length };
      await options.onSaved?.(tx, imported);
      return imported;
    }, IMPORT_TRANSACTION);
  } catch (error) {
    // Two editors importing the same text at once: the unique index decides, and says so plainly.
    const code = (error as { code?: string }).code;
    if (code === "P2002") {
      const winner = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
      if (winner) throw new DuplicateArticleError(winner);
    }
    if (code === "P2028") throw new ConflictError("The desk is busy and the import timed out. Nothing was saved; try again in a moment.");
    throw error;
  }
}

/** The same text is already in the desk; `articleId` names the article that has it. */
export class DuplicateArticleError extends InvalidInputError {
  readonly articleId: string;
  constructor(existing: { id: string; title: string }) {
    const message = `This article is already in Claimdesk ("${existing.title}").`;
    super(message, { body: message });
    this.articleId = existing.id;
  }
}
