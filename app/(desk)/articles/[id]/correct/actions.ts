"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { correctArticle } from "@/lib/corrections/correct-article";
import { correctArticleSchema } from "@/lib/validation/correction";

export const correctArticleAction = defineAction({
  name: "articles.correct",
  role: "EDITOR",
  schema: correctArticleSchema,
  run: (input, user) => correctArticle(getDb(), input, user.id),
});
