"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { renameEntity } from "@/lib/crossref/rename-entity";
import { mergeEntity } from "@/lib/crossref/merge-entity";
import { mergeEntitySchema, renameEntitySchema } from "@/lib/validation/entity";

export const renameEntityAction = defineAction({
  name: "entities.rename",
  role: "EDITOR",
  schema: renameEntitySchema,
  run: (input, user) => renameEntity(getDb(), input, user.id),
});

export const mergeEntityAction = defineAction({
  name: "entities.merge",
  role: "EDITOR",
  schema: mergeEntitySchema,
  run: (input, user) => mergeEntity(getDb(), input, user.id),
});
