// Imports an article file as it was handed over (plain, tagged, Markdown or JSON): the parser
// finds the metadata and the body, then the same validated path as the import form saves it.
import type { Db } from "@/lib/db";
import { parseArticle } from "@/lib/extraction";
import { importArticleSchema } from "@/lib/validation/article";
import { importArticle, type ImportedArticle } from "./import-article";

export async function importRawArticle(db: Db, raw: string, actorId: string): Promise<ImportedArticle> {
  const parsed = parseArticle(raw);
  const input = importArticleSchema.parse({
    title: parsed.title,
    author: parsed.author ?? "",
    outlet: parsed.outlet ?? "",
    publishedAt: parsed.publishedAt ?? "",
    url: parsed.url ?? "",
    body: parsed.body,
  });
  return importArticle(db, input, actorId, parsed.format);
}
