"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { importArticle } from "@/lib/articles/import-article";
import { importArticleSchema } from "@/lib/validation/article";

export const importArticleAction = defineAction({
  name: "articles.import",
  role: "EDITOR",
  schema: importArticleSchema,
  run: (input, user) => importArticle(getDb(), input, user.id),
});
