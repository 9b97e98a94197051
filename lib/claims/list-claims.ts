// The claims list across all articles: filters, text search (trigram-indexed ILIKE) and pages.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimFilter } from "@/lib/validation/claim-filter";

export const CLAIMS_PAGE_SIZE = 25;

export function claimWhere(filter: Omit<ClaimFilter, "page">): Prisma.ClaimWhereInput {
  return {
    status: filter.status,
    type: filter.type,
    articleId: filter.articleId,
    ...(filter.q
      ? {
          OR: [
            { text: { contains: filter.q, mode: "insensitive" } },
            { quote: { contains: filter.q, mode: "insensitive" } },
            { speaker: { contains: filter.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

export async function listClaims(db: Db, filter: ClaimFilter) {
  const where = claimWhere(filter);
  const [total, items] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy: [{ article: { importedAt: "desc" } }, { articleId: "asc" }, { start: "asc" }],
      skip: (filter.page - 1) * CLAIMS_PAGE_SIZE,
      take: CLAIMS_PAGE_SIZE,
      select: {
        id: true,
        text: true,
        quote: true,
        type: true,
        status: true,
        verdict: true,
        checkworthiness: true,
        article: { select: { id: true, title: true } },
      },
    }),
  ]);
  return { items, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE)) };
}
