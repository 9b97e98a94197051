// An editor's decision on a figure conflict: confirm it as a link, or dismiss it.
import { z } from "zod";

export const conflictDecisionSchema = z.object({
  conflictId: z.string().min(1),
  decision: z.enum(["CONTRADICTS", "UPDATES", "DISMISS"], "Choose a decision"),
});
export type ConflictDecisionInput = z.output<typeof conflictDecisionSchema>;
