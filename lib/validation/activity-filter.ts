// The activity page's filters, read from the query string.
import { z } from "zod";

export const CHANGE_KINDS = {
  review: "Status, verdict and finding",
  wording: "Claims added and mended",
  evidence: "Evidence",
  notes: "Notes",
  links: "Links",
  corrections: "Corrections and orphans",
  imports: "Imports",
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;

export const activityFilterSchema = z.object({
  person: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]]).optional().catch(undefined),
  /** Keyset cursor: "<ISO time>_<id>" of the last row shown. */
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_\d+$/)
    .optional()
    .catch(undefined),
});
export type ActivityFilter = z.output<typeof activityFilterSchema>;
