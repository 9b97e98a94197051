// Linking two claims: the picker's form, removing a link, and accepting a suggestion.
import { z } from "zod";
import { optionalText } from "./form-helpers";

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

export const createLinkSchema = z
  .object({
    claimId: z.string().min(1),
    targetClaimId: z.string().trim().min(1, "Choose a claim from the list"),
    relation: z.enum(LINK_RELATIONS, "Choose how the claims relate"),
    note: optionalText(1_000, "The note"),
  })
  .refine((v) => v.claimId !== v.targetClaimId, { path: ["targetClaimId"], message: "A claim cannot be linked to itself" });

export type CreateLinkFormValues = z.input<typeof createLinkSchema>;
export type CreateLinkInput = z.output<typeof createLinkSchema>;

export const deleteLinkSchema = z.object({ linkId: z.string().min(1) });
export type DeleteLinkInput = z.output<typeof deleteLinkSchema>;

/** Accept a suggested claim as a link, or dismiss it for good (for this pair, either way round). */
export const suggestionDecisionSchema = z
  .object({
    claimId: z.string().min(1),
    otherClaimId: z.string().min(1),
    decision: z.enum([...LINK_RELATIONS, "DISMISS"], "Choose what to do with the suggestion"),
  })
  .refine((v) => v.claimId !== v.otherClaimId, { path: ["otherClaimId"], message: "A claim cannot be linked to itself" });
export type SuggestionDecisionInput = z.output<typeof suggestionDecisionSchema>;
