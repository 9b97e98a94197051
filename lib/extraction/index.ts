// Public entry points of the extractor. Callers (the app, the CLI, benchmarks) import from here only.
export * from "./types";
export { parseArticle } from "./parse-article";
export { extractClaims } from "./extract-claims";

import { parseArticle } from "./parse-article";
import { extractClaims } from "./extract-claims";
import type { ExtractionResult } from "./types";

/** Parses a raw article in any supported format and extracts its claims. */
export function extractArticle(raw: string): ExtractionResult {
  const article = parseArticle(raw);
  return { article, claims: extractClaims(article.body) };
}
