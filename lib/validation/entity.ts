// Renaming an entity, and merging one into another (its aliases and claims move).
import { z } from "zod";

export const renameEntitySchema = z.object({
  entityId: z.string().min(1),
  name: z.string().trim().min(2, "Give the entity a name of at least 2 characters").max(200, "The name is limited to 200 characters"),
});
export type RenameEntityFormValues = z.input<typeof renameEntitySchema>;
export type RenameEntityInput = z.output<typeof renameEntitySchema>;

/** The target is named as editors know it: its name or any alias ("Barra"). */
export const mergeEntitySchema = z.object({
  entityId: z.string().min(1),
  intoName: z.string().trim().min(1, "Name the entity to merge into").max(200, "The name is limited to 200 characters"),
});
export type MergeEntityFormValues = z.input<typeof mergeEntitySchema>;
export type MergeEntityInput = z.output<typeof mergeEntitySchema>;
