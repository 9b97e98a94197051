// Imports an article file as it was handed over (plain, tagged, Markdown or JSON): the parser
// finds the metadata and the body, then the same validated path as the import form saves it.
import type { Db } from "@/lib/db";
import { importArticleSchema } from "@/lib/validation/article";
import { importArticle, type ImportedArticle } from "./import-article";
import { readArticleFile } from "./read-article-file";

export async function importRawArticle(db: Db, raw: string, actorId: string, fileName = "article"): Promise<ImportedArticle> {
  const { values, format } = readArticleFile({ name: fileName, text: raw });
  return importArticle(db, importArticleSchema.parse(values), actorId, format);
}
