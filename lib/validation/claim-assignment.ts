// Assigning one claim (claim page, "a" shortcut): who, and the version the editor was looking at.
import { z } from "zod";
import { safeTextCheck, MAX_INT4 } from "./safe-text";

export const assignClaimSchema = z.object({
  claimId: z.string().check(safeTextCheck("This field")).min(1).max(64),
  version: z.coerce.number().int().max(MAX_INT4, "The number is out of range").positive(),
  /** An editor's or admin's user id; "" unassigns. */
  assigneeId: z
    .string().check(safeTextCheck("This field"))
    .max(64)
    .transform((v) => (v === "" ? null : v)),
});

export type AssignClaimValues = z.input<typeof assignClaimSchema>;
export type AssignClaimInput = z.output<typeof assignClaimSchema>;
