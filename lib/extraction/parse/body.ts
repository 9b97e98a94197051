// Cleaning a news body: the byline, date line and dateline at the top, and the trailers at the
// bottom ("Source: …", "No comments", contributor and licensing lines), become metadata.
// Sub-headings stay in the body as their own lines; the segmenter keeps them out of claims.
import type { ParsedArticle } from "../types";
import { toIsoDate } from "./dates";
import { headlineFromLead } from "./headline";

export interface BodyMeta {
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  dateline: string | null;
  contributors: string[];
  url: string | null;
}

export function emptyMeta(): BodyMeta {
  return { author: null, outlet: null, publishedAt: null, dateline: null, contributors: [], url: null };
}

const BYLINE = /^\s*(?:by|written by)\s+([A-Z][\p{L}.'’-]*(?:\s+(?:and\s+|&\s+|de\s+|van\s+)?[A-Z][\p{L}.'’-]*){0,5})\s*(?:[,|–—-]\s*(.+))?$/iu;
const SOURCE = /^\s*(?:source|via|originally published (?:by|at|in))\s*:?\s+(.+?)\s*$/i;
const LICENCE = /^\s*(?:license|licence|republish|reprint)\s+this\s+(?:article|story)\s+(?:from|via|through)\s+(.+?)(?:\s+reprints?(?:\s+service)?)?\s*\.?\s*$/i;
const COPYRIGHT = /^\s*(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*)?(.+?)(?:\.|,)?\s*(?:all rights reserved\.?)?\s*$/i;
const CONTRIBUTOR = /^\s*(.+?)\s+contributed\s+(?:reporting|to this (?:article|report|story))(?:\s+from\s+.+)?\.?\s*$/i;
const BOILERPLATE = [
  /^\s*(?:no|\d+|one)\s+comments?\s*$/i,
  /^\s*(?:share|tweet|email|print)(?:\s+(?:this|on\s+\w+))?\s*$/i,
  /^\s*(?:related|read more|more from|follow us|subscribe|sign up|advertisement|tags?)\b.*$/i,
  /^\s*all rights reserved\.?\s*$/i,
  /^\s*write to .+ at \S+@\S+\s*$/i,
  /^\s*[-–—_*=]{3,}\s*$/,
];
const DATE_LINE = /^\s*(?:published|posted|updated|date)?\s*:?\s*(.{6,40})$/i;
const DATELINE = /^([A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)\s+(?=\S)/;

/**
 * Splits off metadata lines from the top and bottom of a body. `lines` are the body's lines;
 * the returned body keeps the original line breaks between the kept lines.
 */
export function cleanBody(text: string, meta: BodyMeta): string {
  const lines = text.split("\n");
  let top = 0;
  let bottom = lines.length - 1;
  // Top: byline and date lines (at most a few lines, before the first paragraph).
  for (let scanned = 0; top <= bottom && scanned < 4; scanned++) {
    const line = lines[top] ?? "";
    if (!line.trim()) {
      top++;
      continue;
    }
    const by = BYLINE.exec(line);
    if (by && line.trim().split(/\s+/).length <= 10) {
      meta.author ??= by[1]!.trim();
      if (by[2] && !meta.outlet) meta.outlet = by[2].trim();
      top++;
      continue;
    }
    const date = DATE_LINE.exec(line);
    if (date && line.trim().split(/\s+/).length <= 6 && toIsoDate(date[1]) && !/[.!?]$/.test(line.trim())) {
      meta.publishedAt ??= toIsoDate(date[1]);
      top++;
      continue;
    }
    break;
  }
  // Bottom: trailers, walking up until a line that is article text.
  while (bottom >= top) {
    const line = lines[bottom] ?? "";
    const t = line.trim();
    if (!t) {
      bottom--;
      continue;
    }
    const source = SOURCE.exec(t);
    const licence = LICENCE.exec(t);
    const contributor = CONTRIBUTOR.exec(t);
    const copyright = t.length < 120 ? COPYRIGHT.exec(t) : null;
    if (source && t.split(/\s+/).length <= 8) meta.outlet ??= source[1]!.replace(/[.]$/, "");
    else if (licence) meta.outlet ??= licence[1]!.replace(/[.]$/, "");
    else if (contributor && t.split(/\s+/).length <= 14) meta.contributors.unshift(...splitNames(contributor[1]!));
    else if (copyright) meta.outlet ??= copyright[1]!.trim() || null;
    else if (!BOILERPLATE.some((re) => re.test(t))) break;
    bottom--;
  }
  const kept = lines.slice(top, bottom + 1);
  // Dateline: "BEIJING --", "NEW YORK (Reuters) -" opening the first paragraph.
  const firstIdx = kept.findIndex((l) => l.trim() !== "");
  if (firstIdx >= 0) {
    const first = kept[firstIdx]!.trimStart();
    const m = DATELINE.exec(first);
    if (m && m[1]!.replace(/[^A-Z]/g, "").length >= 3) {
      meta.dateline = m[1]!.replace(/[,\s]+$/, "");
      kept[firstIdx] = first.slice(m[0].length);
    }
  }
  return kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+and\s+/)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** The parsed article from what a format's reader found: its own headline, or one from the lead. */
export function articleFrom(
  format: ParsedArticle["format"],
  title: string | null,
  body: string,
  meta: BodyMeta,
  section: string | null,
): ParsedArticle {
  return {
    title: title || headlineFromLead(body),
    author: meta.author,
    outlet: meta.outlet,
    publishedAt: meta.publishedAt,
    url: meta.url,
    body,
    format,
    section,
    dateline: meta.dateline,
    contributors: meta.contributors,
  };
}
