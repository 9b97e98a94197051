// Tagged files: "<title:>…", "<Date:>…", "<Content:>" then the body. Real files put the byline in
// <title:> ("By Paul Mozur"), so a title that is a byline becomes the author and the headline
// is taken from the lead.
import type { ParsedArticle } from "../types";
import { articleFrom, cleanBody, emptyMeta } from "./body";
import { toIsoDate } from "./dates";

const TAG = /^\s*<([A-Za-z][\w -]*):>(.*)$/;
const BYLINE = /^\s*by\s+(.+?)\s*$/i;

export function isTagged(text: string): boolean {
  return /^\s*<[A-Za-z][\w -]*:>/m.test(text.slice(0, 2000));
}

export function parseTagged(text: string): ParsedArticle {
  const lines = text.split("\n");
  const tags = new Map<string, string>();
  let bodyLines: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = TAG.exec(lines[i] ?? "");
    if (!m) continue;
    const name = m[1]!.trim().toLowerCase();
    if (name === "content" || name === "body" || name === "text") {
      bodyLines = [m[2] ?? "", ...lines.slice(i + 1)];
      break;
    }
    tags.set(name, (m[2] ?? "").trim());
  }
  const meta = emptyMeta();
  let title = tags.get("title") || tags.get("headline") || "";
  const by = BYLINE.exec(title);
  if (by) {
    meta.author = by[1]!.replace(/\s+/g, " ");
    title = "";
  }
  if (tags.get("author") || tags.get("byline")) meta.author = (tags.get("author") || tags.get("byline"))!.replace(/^by\s+/i, "");
  meta.publishedAt = toIsoDate(tags.get("date") || tags.get("published") || null);
  meta.url = tags.get("url") || tags.get("link") || null;
  meta.outlet = tags.get("source") || tags.get("outlet") || tags.get("publication") || null;
  const body = cleanBody(bodyLines.join("\n"), meta);
  return articleFrom("tagged", title ?? null, body, meta, tags.get("section") || null);
}
