// Linking two claims: the picker's form, removing a link, and accepting a suggestion.
import { z } from "zod";
import { safeTextCheck } from "./safe-text";
import { optionalText } from "./form-helpers";

// Relations and their labels live in a zod-free module: the link forms show them on first load,
// while this module (and zod) loads only on their first validation.
import { LINK_RELATIONS } from "./claim-link-relations";
export { LINK_RELATION_LABELS, LINK_RELATIONS, type LinkRelation } from "./claim-link-relations";

export const createLinkSchema = z
  .object({
    claimId: z.string().check(safeTextCheck("This field")).min(1),
    targetClaimId: z.string().check(safeTextCheck("This field")).trim().min(1, "Choose a claim from the list"),
    relation: z.enum(LINK_RELATIONS, "Choose how the claims relate"),
    note: optionalText(1_000, "The note"),
  })
  .refine((v) => v.claimId !== v.targetClaimId, { path: ["targetClaimId"], message: "A claim cannot be linked to itself" });

export type CreateLinkFormValues = z.input<typeof createLinkSchema>;
export type CreateLinkInput = z.output<typeof createLinkSchema>;

export const deleteLinkSchema = z.object({ linkId: z.string().check(safeTextCheck("This field")).min(1) });
export type DeleteLinkInput = z.output<typeof deleteLinkSchema>;

/** Accept a suggested claim as a link, or dismiss it for good (for this pair, either way round). */
export const suggestionDecisionSchema = z
  .object({
    claimId: z.string().check(safeTextCheck("This field")).min(1),
    otherClaimId: z.string().check(safeTextCheck("This field")).min(1),
    decision: z.enum([...LINK_RELATIONS, "DISMISS"], "Choose what to do with the suggestion"),
  })
  .refine((v) => v.claimId !== v.otherClaimId, { path: ["otherClaimId"], message: "A claim cannot be linked to itself" });
export type SuggestionDecisionInput = z.output<typeof suggestionDecisionSchema>;
