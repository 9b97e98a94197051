// How a link reads from either end: "updates" from the newer claim, "updated by" from the older.
import type { ClaimLinkType } from "@/lib/generated/prisma/enums";
import type { LinkRelation } from "@/lib/validation/claim-link";

export const LINK_WORDING: Record<ClaimLinkType, { outgoing: string; incoming: string }> = {
  SAME_CLAIM: { outgoing: "same claim as", incoming: "same claim as" },
  SUPPORTS: { outgoing: "supports", incoming: "supported by" },
  CONTRADICTS: { outgoing: "contradicts", incoming: "contradicts" },
  UPDATES: { outgoing: "updates", incoming: "updated by" },
};

/** Same claim and contradicts read the same both ways: stored once, lower id first. */
export const SYMMETRIC_TYPES: ReadonlySet<ClaimLinkType> = new Set(["SAME_CLAIM", "CONTRADICTS"]);

/** The stored (from, to, type) of a relation chosen on claim `here` towards claim `there`. */
export function storedLink(here: string, there: string, relation: LinkRelation): { fromClaimId: string; toClaimId: string; type: ClaimLinkType } {
  const reversed = relation === "SUPPORTED_BY" || relation === "UPDATED_BY";
  const type: ClaimLinkType = relation === "SUPPORTED_BY" ? "SUPPORTS" : relation === "UPDATED_BY" ? "UPDATES" : relation;
  if (SYMMETRIC_TYPES.has(type)) {
    return here < there ? { fromClaimId: here, toClaimId: there, type } : { fromClaimId: there, toClaimId: here, type };
  }
  return reversed ? { fromClaimId: there, toClaimId: here, type } : { fromClaimId: here, toClaimId: there, type };
}
