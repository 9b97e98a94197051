"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { importArticle } from "@/lib/articles/import-article";
import { importArticleSchema } from "@/lib/validation/article";
import { articleFileSchema } from "@/lib/validation/article-file";
import { readArticleFileInPool } from "@/lib/extraction-pool/read-in-pool";

export const importArticleAction = defineAction({
  name: "articles.import",
  role: "EDITOR",
  schema: importArticleSchema,
  run: (input, user) => importArticle(getDb(), input, user.id),
});

export const readArticleFileAction = defineAction({
  name: "articles.read-file",
  role: "EDITOR",
  schema: articleFileSchema,
  run: (file) => readArticleFileInPool(file),
});
