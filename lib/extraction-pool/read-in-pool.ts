// Reads an uploaded article file (any supported format) in the extraction pool: parsing a hostile
// file is CPU work too (deeply nested JSON, huge Markdown), so it stays off the request thread.
import type { ArticleFormat } from "@/lib/extraction";
import { InvalidInputError } from "@/lib/errors";
import type { ImportArticleFormValues } from "@/lib/validation/article";
import { runInPool } from "./extraction-pool";

export interface ReadInPool {
  values: ImportArticleFormValues;
  format: ArticleFormat;
}

export async function readArticleFileInPool(file: { name: string; text: string }): Promise<ReadInPool> {
  const result = await runInPool({ kind: "read", name: file.name, text: file.text });
  if (result.kind !== "read") throw new Error("extraction pool answered a different task");
  if (!result.ok) throw new InvalidInputError(result.reason, { file: result.reason });
  return { values: result.values, format: result.format };
}
