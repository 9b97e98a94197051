// Turns an uploaded article file (plain text, the tagged wire format, Markdown or JSON) into the
// import form's values, so the editor can check the metadata before importing.
import { InvalidArticleError, parseArticle, type ArticleFormat } from "@/lib/extraction";
import { InvalidInputError } from "@/lib/errors";
import type { ImportArticleFormValues } from "@/lib/validation/article";
import type { ArticleFileInput } from "@/lib/validation/article-file";

export interface ReadArticleFile {
  values: ImportArticleFormValues;
  format: ArticleFormat;
}

const HINT: Record<string, ArticleFormat> = { md: "markdown", markdown: "markdown", json: "json" };

export function readArticleFile(file: ArticleFileInput): ReadArticleFile {
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  try {
    const parsed = parseArticle(file.text, HINT[extension] ? { format: HINT[extension] } : {});
    return {
      format: parsed.format,
      values: {
        title: parsed.title,
        author: parsed.author ?? "",
        outlet: parsed.outlet ?? "",
        publishedAt: parsed.publishedAt ?? "",
        url: parsed.url ?? "",
        body: parsed.body,
      },
    };
  } catch (error) {
    if (error instanceof InvalidArticleError) throw new InvalidInputError(error.message, { file: error.message });
    throw error;
  }
}
