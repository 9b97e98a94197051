// v0 parser: tagged (<title:>/<Date:>/<Content:>) and plain text (first line headline). Replaced in issue 3.
import type { ParsedArticle } from "./types";

export function parseArticle(raw: string): ParsedArticle {
  const text = raw.replace(/\r\n?/g, "\n");
  const tagged = /<Content:>/i.exec(text);
  if (tagged) {
    const title = /<title:>(.*)/i.exec(text)?.[1]?.trim() ?? "";
    const date = /<Date:>(.*)/i.exec(text)?.[1]?.trim() ?? "";
    const parsed = date ? new Date(date) : null;
    return {
      title: title || "Untitled",
      author: null,
      outlet: null,
      publishedAt: parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : null,
      url: null,
      body: text.slice(tagged.index + tagged[0].length).trim(),
      format: "tagged",
    };
  }
  const lines = text.trim().split("\n");
  return {
    title: (lines[0] ?? "").trim() || "Untitled",
    author: null,
    outlet: null,
    publishedAt: null,
    url: null,
    body: lines.slice(1).join("\n").trim(),
    format: "plain",
  };
}
