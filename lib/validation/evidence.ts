// One item of a claim's evidence ledger.
import { z } from "zod";
import { EvidenceStance, EvidenceStrength } from "@/lib/generated/prisma/enums";
import { optionalDate, optionalText } from "./form-helpers";
import { idSchema, safeTextCheck } from "./safe-text";

const url = z
  .string()
  .trim()
  .min(1, "Enter the source's web address")
  .max(2_000, "The address is too long")
  .check(safeTextCheck("The address"))
  .refine((v) => {
    try {
      return ["http:", "https:"].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, "The source must be a full web address starting with http:// or https://");

const fields = {
  url,
  title: optionalText(500, "The title"),
  publisher: optionalText(300, "The publisher"),
  excerpt: optionalText(5_000, "The quoted passage"),
  accessedOn: optionalDate("The accessed date"),
  stance: z.enum(EvidenceStance, "Choose a stance"),
  strength: z.enum(EvidenceStrength, "Choose a strength"),
};

export const addEvidenceSchema = z.object({ claimId: idSchema("The claim id"), ...fields });
export const editEvidenceSchema = z.object({ evidenceId: idSchema("The evidence id"), ...fields });
export const removeEvidenceSchema = z.object({ evidenceId: idSchema("The evidence id") });

export type AddEvidenceValues = z.input<typeof addEvidenceSchema>;
export type AddEvidenceInput = z.output<typeof addEvidenceSchema>;
export type EditEvidenceValues = z.input<typeof editEvidenceSchema>;
export type EditEvidenceInput = z.output<typeof editEvidenceSchema>;
