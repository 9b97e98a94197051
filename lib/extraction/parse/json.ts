// JSON articles: {title, author, outlet, publishedAt, url, body}, with the common aliases
// (headline, byline, source, date, link, content, text) accepted.
import type { ParsedArticle } from "../types";
import { InvalidArticleError } from "../types";
import { cleanBody, emptyMeta } from "./body";
import { toIsoDate } from "./dates";
import { headlineFromLead } from "./headline";
import { jsonDepth, MAX_JSON_DEPTH } from "./json-depth";

export function tryJson(text: string): Record<string, unknown> | null {
  const t = text.trim();
  if (!t.startsWith("{")) return null;
  // Checked before JSON.parse and the recursive field readers below ever see it.
  if (jsonDepth(t) > MAX_JSON_DEPTH) {
    throw new InvalidArticleError(`This JSON file nests more than ${MAX_JSON_DEPTH} levels deep; an article needs only a few. Check the file.`);
  }
  try {
    const value: unknown = JSON.parse(t);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function str(v: unknown, depth = 0): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (depth >= MAX_JSON_DEPTH) return null;
  if (Array.isArray(v)) return v.map((item) => str(item, depth + 1)).filter(Boolean).join(", ") || null;
  if (v && typeof v === "object" && "name" in v) return str((v as { name: unknown }).name, depth + 1);
  return null;
}

export function parseJson(obj: Record<string, unknown>): ParsedArticle {
  const rawBody = str(obj.body) ?? str(obj.content) ?? str(obj.text) ?? str(obj.articleBody);
  if (rawBody === null && !("body" in obj)) throw new InvalidArticleError("JSON article has no \"body\" field.");
  const meta = emptyMeta();
  const body = cleanBody((rawBody ?? "").replace(/\r\n?/g, "\n"), meta);
  return {
    title: str(obj.title) ?? str(obj.headline) ?? headlineFromLead(body),
    author: (str(obj.author) ?? str(obj.byline))?.replace(/^by\s+/i, "") ?? meta.author,
    outlet: str(obj.outlet) ?? str(obj.source) ?? str(obj.publisher) ?? meta.outlet,
    publishedAt: toIsoDate(str(obj.publishedAt) ?? str(obj.published_at) ?? str(obj.date) ?? str(obj.datePublished)) ?? meta.publishedAt,
    url: str(obj.url) ?? str(obj.link) ?? null,
    body,
    format: "json",
    section: str(obj.section),
    dateline: meta.dateline,
    contributors: meta.contributors,
  };
}
