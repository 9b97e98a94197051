// The claims list's orders. Each is served by one index of the same columns (migration
// 20261201100050_search_lists_sql) and ends in the id, so the order is total and keyset pages
// never skip or repeat a claim.
import { Prisma } from "@/lib/generated/prisma/client";
import type { SortKey } from "@/lib/lists/keyset";
import type { ClaimSort } from "@/lib/validation/claim-filter";

export const CLAIM_SORT_LABELS: Record<ClaimSort, string> = {
  relevance: "Best match (with a search)",
  checkworthiness: "Most check-worthy",
  published: "Publication date, newest",
  imported: "Import date, newest",
  changed: "Recently changed",
};

const readingOrder: SortKey[] = [
  { sql: Prisma.sql`c."articleId"`, direction: "ASC", cast: "text" },
  { sql: Prisma.sql`c.start`, direction: "ASC", cast: "integer" },
  { sql: Prisma.sql`c.id`, direction: "ASC", cast: "text" },
];

export function claimSortKeys(sort: ClaimSort): SortKey[] {
  switch (sort) {
    case "relevance":
      // The rank column of the list's ranked source (claimListQueries computes it where each of the
      // newest 10,001 matches is read). Best match is only chosen with a search (effectiveClaimSort).
      return [
        { sql: Prisma.sql`c.rank`, direction: "DESC", cast: "float8" },
        { sql: Prisma.sql`c.id`, direction: "DESC", cast: "text" },
      ];
    case "checkworthiness":
      return [
        { sql: Prisma.sql`c.checkworthiness`, direction: "DESC", cast: "float8" },
        { sql: Prisma.sql`c.id`, direction: "DESC", cast: "text" },
      ];
    case "changed":
      return [
        { sql: Prisma.sql`c."updatedAt"`, direction: "DESC", cast: "timestamp" },
        { sql: Prisma.sql`c.id`, direction: "DESC", cast: "text" },
      ];
    case "published":
      return [{ sql: Prisma.sql`(COALESCE(c.article_published_at, '-infinity'::timestamp))`, direction: "DESC", cast: "timestamp" }, ...readingOrder];
    case "imported":
      return [{ sql: Prisma.sql`c.article_imported_at`, direction: "DESC", cast: "timestamp" }, ...readingOrder];
  }
}

/** The order a list gets when the URL names none: best match for a search, else newest imports. */
export function effectiveClaimSort(sort: ClaimSort | undefined, hasSearch: boolean): ClaimSort {
  if (sort === "relevance" && !hasSearch) return "imported";
  return sort ?? (hasSearch ? "relevance" : "imported");
}
