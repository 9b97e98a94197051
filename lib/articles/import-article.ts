// Saves an article with its extracted claims and the audit row, all in one transaction:
// there is never an article without its claims, nor claims without their article. The write is
// saveArticles, the same one bulk import uses for a batch.
import type { Db } from "@/lib/db";
import type { ArticleFormat } from "@/lib/extraction";
import { extractInPool } from "@/lib/extraction-pool/extraction-pool";
import { claimCreateData } from "@/lib/claims/from-extracted";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import type { ImportArticleInput } from "@/lib/validation/article";
import { contentHash, normalizeBody } from "./content-hash";
import { saveArticles } from "./save-articles";

// A long article has hundreds of claims; the defaults (2 s to start, 5 s to finish) are for small writes.
const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

export interface ImportedArticle {
  id: string;
  claimCount: number;
}

export async function importArticle(db: Db, input: ImportArticleInput, actorId: string, sourceFormat: ArticleFormat | "form" = "form"): Promise<ImportedArticle> {
  const body = normalizeBody(input.body);
  const hash = contentHash(body);
  const duplicate = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (duplicate) throw new DuplicateArticleError(duplicate);

  // In the worker pool, never on this thread: a slow article must not hold up other requests.
  const claims = (await extractInPool(body)).map(claimCreateData);
  try {
    return await db.$transaction(async (tx) => {
      const [saved] = await saveArticles(tx, [
        { title: input.title, author: input.author, outlet: input.outlet, publishedAt: input.publishedAt, sourceUrl: input.url, body, contentHash: hash, sourceFormat, importedById: actorId, claims },
      ]);
      // Two editors importing the same text at once: the unique index decides, and says so plainly.
      if (saved!.duplicateOf !== undefined) {
        const winner = await tx.article.findUniqueOrThrow({ where: { id: saved!.duplicateOf }, select: { id: true, title: true } });
        throw new DuplicateArticleError(winner);
      }
      return { id: saved!.id, claimCount: saved!.claimCount };
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if ((error as { code?: string }).code === "P2028") throw new ConflictError("The desk is busy and the import timed out. Nothing was saved; try again in a moment.");
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
