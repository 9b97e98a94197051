// Imports an article file as it was handed over (plain, tagged, Markdown or JSON): the parser
// finds the metadata and the body, then the same validated path as the import form saves it.
import type { Db } from "@/lib/db";
import { InvalidArticleError, parseArticle, type ParsedArticle } from "@/lib/extraction";
import { InvalidInputError } from "@/lib/errors";
import { importArticleSchema } from "@/lib/validation/article";
import { importArticle, type ImportedArticle } from "./import-article";

export async function importRawArticle(db: Db, raw: string, actorId: string): Promise<ImportedArticle> {
  const parsed = parseOrExplain(raw);
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

function parseOrExplain(raw: string): ParsedArticle {
  try {
    return parseArticle(raw);
  } catch (error) {
    // Binary or undecodable files: the parser says why, and that is what the editor sees.
    if (error instanceof InvalidArticleError) throw new InvalidInputError(error.message, { file: error.message });
    throw error;
  }
}
