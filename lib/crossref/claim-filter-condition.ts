// The claims list's cross-reference filter ("has links", "has an open conflict") as SQL over
// `claims c`, for the list's one filter condition (lib/claims/claim-filter-sql.ts). Each EXISTS is
// served by an index on its claim column.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimFilter } from "@/lib/validation/claim-filter";

export const CROSSREF_FILTER_LABELS = { linked: "Has links", conflict: "Has an open conflict" } as const;

export function crossrefClaimCondition(links: ClaimFilter["links"]): Prisma.Sql | null {
  if (links === "linked") {
    return Prisma.sql`(EXISTS (SELECT 1 FROM claim_links l WHERE l."fromClaimId" = c.id) OR EXISTS (SELECT 1 FROM claim_links l WHERE l."toClaimId" = c.id))`;
  }
  if (links === "conflict") {
    const open = Prisma.sql`k.status = 'OPEN' AND k.relation = 'CONFLICT'`;
    return Prisma.sql`(EXISTS (SELECT 1 FROM claim_conflicts k WHERE k."claimAId" = c.id AND ${open}) OR EXISTS (SELECT 1 FROM claim_conflicts k WHERE k."claimBId" = c.id AND ${open}))`;
  }
  return null;
}
