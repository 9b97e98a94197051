// Saves an article with its extracted claims and the audit row, all in one transaction:
// there is never an article without its claims, nor claims without their article.
import type { Db } from "@/lib/db";
import { extractClaims, type ArticleFormat } from "@/lib/extraction";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimCreateData } from "@/lib/claims/from-extracted";
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

export async function importArticle(
  db: Db,
  input: ImportArticleInput,
  actorId: string,
  sourceFormat: ArticleFormat | "form" = "form",
): Promise<ImportedArticle> {
  const body = normalizeBody(input.body);
  const hash = contentHash(body);
  const duplicate = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (duplicate) throw duplicateError(duplicate.title);

  const claims = extractClaims(body).map(claimCreateData);
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
          claims: { createMany: { data: claims } },
        },
        select: { id: true, title: true },
      });
      await recordAudit(tx, {
        actorId,
        action: "article.import",
        entityType: "article",
        entityId: article.id,
        after: { title: article.title, claimCount: claims.length, sourceFormat },
      });
      // Entities, match keys and figure conflicts commit with the article (lib/crossref).
      await indexArticles(tx, [article.id]);
      return { id: article.id, claimCount: claims.length };
    }, IMPORT_TRANSACTION);
  } catch (error) {
    // Two editors importing the same text at once: the unique index decides, and says so plainly.
    const code = (error as { code?: string }).code;
    if (code === "P2002") throw duplicateError(input.title);
    if (code === "P2028") throw new ConflictError("The desk is busy and the import timed out. Nothing was saved; try again in a moment.");
    throw error;
  }
}

function duplicateError(title: string): InvalidInputError {
  const message = `This article is already in Claimdesk ("${title}").`;
  return new InvalidInputError(message, { body: message });
}
