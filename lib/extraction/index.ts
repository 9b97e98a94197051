// Public entry points of the extractor. Callers (the app, the CLI, benchmarks) import from here only.
export * from "./types";
export { parseArticle, detectFormat, type ParseOptions } from "./parse";
export { extractClaims } from "./extract-claims";

import { parseArticle, type ParseOptions } from "./parse";
import { extractClaims } from "./extract-claims";
import type { ExtractionResult } from "./types";

/** Parses a raw article in any supported format and extracts its claims. */
export function extractArticle(raw: string, options: ParseOptions = {}): ExtractionResult {
  const article = parseArticle(raw, options);
  return { article, claims: extractClaims(article.body) };
}
