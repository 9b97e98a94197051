// The claims list's cross-reference filter ("has links", "has an open conflict") as one condition.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimFilter } from "@/lib/validation/claim-filter";

export const CROSSREF_FILTER_LABELS = { linked: "Has links", conflict: "Has an open conflict" } as const;

export function crossrefClaimWhere(links: ClaimFilter["links"]): Prisma.ClaimWhereInput {
  if (links === "linked") return { OR: [{ linksFrom: { some: {} } }, { linksTo: { some: {} } }] };
  if (links === "conflict") {
    const open = { some: { status: "OPEN", relation: "CONFLICT" } } as const;
    return { OR: [{ conflictsAsA: open }, { conflictsAsB: open }] };
  }
  return {};
}
