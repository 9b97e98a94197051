// A bulk change on the claims list, shared by the selection bar (client) and the server action.
// The selection is either ids (rows ticked on the page) or "every claim matching this filter",
// sent as the list's own query parameters so the server applies exactly the filter the list shows.
// Only assignment and the two triage statuses: a verdict needs a look at each claim.
import { z } from "zod";
import { MAX_SELECTED_IDS } from "./limits";
import { safeTextCheck } from "./safe-text";

// Ticked rows are at most a few pages; anything bigger is "all matching", resolved in SQL.
// Defined zod-free in limits.ts: the selection bar shows the cap on first load.
export { MAX_SELECTED_IDS };

export const BULK_STATUSES = ["IN_REVIEW", "DISMISSED"] as const;

const selectionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("ids"),
    ids: z
      .array(z.string().check(safeTextCheck("This field")).min(1).max(64))
      .min(1, "Select at least one claim")
      .max(MAX_SELECTED_IDS, `Select at most ${MAX_SELECTED_IDS} claims, or all claims matching the filter`),
  }),
  z.object({
    kind: z.literal("filter"),
    /** The claims list's query parameters (search, status, type, article…), as in its URL. */
    params: z.record(z.string().check(safeTextCheck("This field")).max(100), z.string().check(safeTextCheck("This field")).max(1_000)),
  }),
]);

const changeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("assign"),
    /** A user id, or "" to unassign. */
    assigneeId: z
      .string().check(safeTextCheck("This field"))
      .max(64)
      .transform((v) => (v === "" ? null : v)),
  }),
  z.object({ kind: z.literal("status"), status: z.enum(BULK_STATUSES, "Choose in review or dismissed") }),
]);

export const bulkClaimsSchema = z.object({ selection: selectionSchema, change: changeSchema });

export type BulkClaimsValues = z.input<typeof bulkClaimsSchema>;
export type BulkClaimsInput = z.output<typeof bulkClaimsSchema>;
export type BulkChange = BulkClaimsInput["change"];
