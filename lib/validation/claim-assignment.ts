// Assigning one claim (claim page, "a" shortcut): who, and the version the editor was looking at.
import { z } from "zod";

export const assignClaimSchema = z.object({
  claimId: z.string().min(1).max(64),
  version: z.coerce.number().int().positive(),
  /** An editor's or admin's user id; "" unassigns. */
  assigneeId: z
    .string()
    .max(64)
    .transform((v) => (v === "" ? null : v)),
});

export type AssignClaimValues = z.input<typeof assignClaimSchema>;
export type AssignClaimInput = z.output<typeof assignClaimSchema>;
