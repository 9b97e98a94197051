import { z } from "zod";
import { idSchema, safeTextCheck } from "./safe-text";

export const saveViewSchema = z.object({
  name: z.string().trim().min(1, "Name the view").max(60, "A view name is limited to 60 characters").check(safeTextCheck("The view name")),
  // The list's query string; re-read through claimFilterSchema before it is stored.
  query: z.string().max(4_000).check(safeTextCheck("The view's filter")),
});
export type SaveViewValues = z.input<typeof saveViewSchema>;

export const deleteViewSchema = z.object({ id: idSchema("The view id") });
