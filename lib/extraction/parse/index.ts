// Article parsing: detects the format (or takes a hint) and hands over to one parser per format.
import type { ArticleFormat, ParsedArticle } from "../types";
import { InvalidArticleError } from "../types";
import { parseJson, tryJson } from "./json";
import { isMarkdown, parseMarkdown } from "./markdown";
import { parsePlain } from "./plain";
import { isTagged, parseTagged } from "./tagged";

export interface ParseOptions {
  /** Skip detection when the caller knows the format (e.g. from a file extension). */
  format?: ArticleFormat;
}

/** Text that is really binary: NUL characters, or many U+FFFD from a failed decode. */
export function assertText(raw: string): void {
  if (raw.includes("\u0000")) throw new InvalidArticleError("Input looks binary (it contains NUL bytes); expected UTF-8 text.");
  const replacement = raw.match(/\uFFFD/g)?.length ?? 0;
  if (replacement > 0 && replacement >= Math.max(3, raw.length / 1000)) {
    throw new InvalidArticleError("Input is not valid UTF-8 text (undecodable bytes).");
  }
}

export function detectFormat(text: string): ArticleFormat {
  if (tryJson(text)) return "json";
  if (isTagged(text)) return "tagged";
  if (isMarkdown(text)) return "markdown";
  return "plain";
}

export function parseArticle(raw: string, options: ParseOptions = {}): ParsedArticle {
  assertText(raw);
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const format = options.format ?? detectFormat(text);
  switch (format) {
    case "json": {
      const obj = tryJson(text);
      if (!obj) throw new InvalidArticleError("Input is not a JSON object.");
      return parseJson(obj);
    }
    case "tagged":
      return parseTagged(text);
    case "markdown":
      return parseMarkdown(text);
    default:
      return parsePlain(text);
  }
}
