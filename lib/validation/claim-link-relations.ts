// The relations a link between two claims can have, and their labels. No zod here: the link
// forms render these on first load (tests/unit/app/client-bundle.test.ts keeps zod out of pages).
/** The relation as seen from the claim the editor is on; "_BY" relations point the other way. */
export const LINK_RELATIONS = ["SAME_CLAIM", "SUPPORTS", "SUPPORTED_BY", "CONTRADICTS", "UPDATES", "UPDATED_BY"] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const LINK_RELATION_LABELS: Record<LinkRelation, string> = {
  SAME_CLAIM: "Same claim as",
  SUPPORTS: "Supports",
  SUPPORTED_BY: "Is supported by",
  CONTRADICTS: "Contradicts",
  UPDATES: "Updates (this is the newer figure)",
  UPDATED_BY: "Is updated by (the other is newer)",
};
