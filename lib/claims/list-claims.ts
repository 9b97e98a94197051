// The claims list across all articles: filters, text search (trigram-indexed ILIKE) and pages.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimFilter } from "@/lib/validation/claim-filter";
import { crossrefClaimWhere } from "@/lib/crossref/claim-filter-condition";

export const CLAIMS_PAGE_SIZE = 25;

export function claimWhere(filter: Omit<ClaimFilter, "page">): Prisma.ClaimWhereInput {
  return {
    status: filter.status,
    type: filter.type,
    articleId: filter.articleId,
    AND: [crossrefClaimWhere(filter.links)],
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
  const total = await db.claim.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE));
  // A page past the end (an old link, a filter that now matches less) shows the last page.
  const page = Math.min(filter.page, pageCount);
  const items = await db.claim.findMany({
    where,
    // A total order (down to the id), so no claim shows on two pages or on none.
    orderBy: [{ article: { importedAt: "desc" } }, { articleId: "asc" }, { start: "asc" }, { end: "asc" }, { id: "asc" }],
    skip: (page - 1) * CLAIMS_PAGE_SIZE,
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
  });
  return { items, total, page, pageCount };
}
