import { z } from "zod";

export const saveViewSchema = z.object({
  name: z.string().trim().min(1, "Name the view").max(60, "A view name is limited to 60 characters"),
  // The list's query string; re-read through claimFilterSchema before it is stored.
  query: z.string().max(4_000),
});
export type SaveViewValues = z.input<typeof saveViewSchema>;

export const deleteViewSchema = z.object({ id: z.string().min(1).max(64) });
