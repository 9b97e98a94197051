// "All claims matching this filter" for bulk changes: the list's query parameters → the same
// filter the list applies, as a SQL condition over claims aliased `c`.
//
// Interim: this mirrors `claimWhere` in list-claims.ts (status, type, article, ILIKE search over
// text, quote and speaker). When the list's own SQL filter lands (`claimFilterCondition` in
// lib/claims/claim-filter-sql.ts), these two functions are the only place to swap; the test
// "acts on exactly the claims the list shows" compares this condition with the list's count.
import { Prisma } from "@/lib/generated/prisma/client";
import { claimFilterSchema, type ClaimFilter } from "@/lib/validation/claim-filter";

export type BulkFilter = Omit<ClaimFilter, "page"> & { page?: undefined };

export function parseBulkFilter(params: Record<string, string>): BulkFilter {
  // The page a list shows is not part of "matching this filter".
  return { ...claimFilterSchema.parse(params), page: undefined };
}

export function bulkFilterCondition(filter: BulkFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.status) parts.push(Prisma.sql`c."status" = ${filter.status}::"ClaimStatus"`);
  if (filter.type) parts.push(Prisma.sql`c."type" = ${filter.type}::"ClaimType"`);
  if (filter.articleId) parts.push(Prisma.sql`c."articleId" = ${filter.articleId}`);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    parts.push(Prisma.sql`(c."text" ILIKE ${pattern} OR c."quote" ILIKE ${pattern} OR c."speaker" ILIKE ${pattern})`);
  }
  return Prisma.join(parts, " AND ");
}
