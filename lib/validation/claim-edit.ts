// Inputs of the claim-mending features: claims added from a selection, reworded, split, merged, dismissed.
import { z } from "zod";
import { ClaimType } from "@/lib/generated/prisma/enums";
import { selectionSchema } from "./annotation";

const wording = z.string().trim().min(1, "Write the claim's wording").max(1_000, "The wording is limited to 1,000 characters");
const type = z.enum(ClaimType, "Choose a type");
const claimRef = { claimId: z.string().min(1), version: z.coerce.number().int().positive() };

export const addClaimSchema = selectionSchema.extend({ text: wording, type });
export const editClaimSchema = z.object({ ...claimRef, text: wording, type });
export const splitClaimSchema = z.object({
  ...claimRef,
  /** UTF-16 offset inside the quote where the second claim begins. */
  at: z.coerce.number().int().positive("Choose where to split"),
  firstText: wording,
  secondText: wording,
});
export const mergeClaimsSchema = z.object({ ...claimRef, nextClaimId: z.string().min(1), nextVersion: z.coerce.number().int().positive(), text: wording });
export const dismissClaimSchema = z.object({ ...claimRef, reason: z.string().trim().max(1_000).optional().default("") });

export type AddClaimValues = z.input<typeof addClaimSchema>;
export type AddClaimInput = z.output<typeof addClaimSchema>;
export type EditClaimValues = z.input<typeof editClaimSchema>;
export type EditClaimInput = z.output<typeof editClaimSchema>;
export type SplitClaimValues = z.input<typeof splitClaimSchema>;
export type SplitClaimInput = z.output<typeof splitClaimSchema>;
export type MergeClaimsValues = z.input<typeof mergeClaimsSchema>;
export type MergeClaimsInput = z.output<typeof mergeClaimsSchema>;
export type DismissClaimInput = z.output<typeof dismissClaimSchema>;
