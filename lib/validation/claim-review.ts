import { z } from "zod";
import { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";
import { optionalText } from "./form-helpers";
import { idSchema, versionSchema } from "./safe-text";

export const CLAIM_STATUSES = Object.values(ClaimStatus);
export const VERDICTS = Object.values(Verdict);

export const claimReviewSchema = z
  .object({
    claimId: idSchema("The claim id"),
    /** The version the editor loaded: a stale one means someone else changed the claim. */
    version: versionSchema(),
    status: z.enum(ClaimStatus, "Choose a status"),
    verdict: z
      .union([z.enum(Verdict), z.literal("")])
      .optional()
      .transform((v) => (v ? v : null)),
    note: optionalText(5_000, "The note"),
    /** Verifying with a verdict but no evidence needs the editor to confirm it (evidence lives in the ledger). */
    confirmNoEvidence: z.boolean().optional().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.status === "VERIFIED" && !value.verdict) {
      ctx.addIssue({ code: "custom", path: ["verdict"], message: "Choose a verdict before marking the claim verified" });
    }
  });

export type ClaimReviewFormValues = z.input<typeof claimReviewSchema>;
export type ClaimReviewInput = z.output<typeof claimReviewSchema>;
