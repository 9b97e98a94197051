// Plain text: an optional section label, the headline, optional byline/date lines, the body,
// and trailers. A section label is a short line ("Breaking News") followed by another short
// line; when the first line is followed directly by prose, the first line is the headline.
import type { ParsedArticle } from "../types";
import { articleFrom, cleanBody, emptyMeta } from "./body";

const MAX_LABEL_WORDS = 4;
const MAX_HEADLINE_WORDS = 30;

export function parsePlain(text: string): ParsedArticle {
  const lines = text.split("\n");
  const nonEmpty = lines.map((l, i) => [l.trim(), i] as const).filter(([l]) => l !== "");
  const meta = emptyMeta();
  let section: string | null = null;
  let title: string | null = null;
  let bodyFrom = 0;
  const [l1, l2] = nonEmpty;
  if (l1 && looksLikeHeadline(l1[0])) {
    if (l2 && words(l1[0]) <= MAX_LABEL_WORDS && !/[.!?:]$/.test(l1[0]) && looksLikeHeadline(l2[0]) && nonEmpty.length > 2) {
      section = l1[0];
      title = stripQuotesIfWhole(l2[0]);
      bodyFrom = l2[1] + 1;
    } else {
      title = stripQuotesIfWhole(l1[0]);
      bodyFrom = l1[1] + 1;
    }
  }
  const body = cleanBody(lines.slice(bodyFrom).join("\n"), meta);
  return articleFrom("plain", title ?? null, body, meta, section);
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A headline is a short line that does not end like a prose sentence (quotes allowed). */
function looksLikeHeadline(line: string): boolean {
  if (words(line) > MAX_HEADLINE_WORDS) return false;
  if (/^(by|source:)\s/i.test(line)) return false;
  const quoted = /^["“'‘].*["”'’]/.test(line);
  return quoted || !/[.;,]$/.test(line) || words(line) <= 12;
}

function stripQuotesIfWhole(line: string): string {
  return line.trim();
}
