"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { saveView } from "@/lib/saved-views/save-view";
import { deleteView } from "@/lib/saved-views/delete-view";
import { deleteViewSchema, saveViewSchema } from "@/lib/validation/saved-view";

export const saveViewAction = defineAction({
  name: "savedViews.save",
  role: "EDITOR",
  schema: saveViewSchema,
  run: async (input, user) => {
    const view = await saveView(getDb(), input, user.id);
    // The navigation (in the layout) lists the views.
    revalidatePath("/", "layout");
    return { id: view.id, name: view.name };
  },
});

export const deleteViewAction = defineAction({
  name: "savedViews.delete",
  role: "EDITOR",
  schema: deleteViewSchema,
  run: async (input, user) => {
    await deleteView(getDb(), input.id, user.id);
    revalidatePath("/", "layout");
    return { id: input.id };
  },
});
