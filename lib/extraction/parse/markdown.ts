// Markdown: optional YAML-style front matter, "# Headline", "*By …*", "## Sub-heading"s and
// inline markup. The stored body is plain text (markup removed), so claim quotes read cleanly
// and offsets refer to what the editor sees.
import type { ParsedArticle } from "../types";
import { articleFrom, cleanBody, emptyMeta } from "./body";
import { toIsoDate } from "./dates";

export function isMarkdown(text: string): boolean {
  const head = text.slice(0, 4000);
  if (/^---\n[\s\S]*?\n---\n/.test(head)) return true;
  if (/^#{1,6}\s+\S/m.test(head)) return true;
  const marks = (head.match(/\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|^\s*[-*]\s+\S|^>\s/gm) ?? []).length;
  return marks >= 2;
}

export function parseMarkdown(text: string): ParsedArticle {
  const meta = emptyMeta();
  let rest = text;
  const front: Record<string, string> = {};
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(rest);
  if (fm) {
    for (const line of fm[1]!.split("\n")) {
      const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
      if (kv) front[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, "");
    }
    rest = rest.slice(fm[0].length);
  }
  let title = front.title || front.headline || "";
  const lines = rest.split("\n");
  const out: string[] = [];
  let inFence = false;
  let sawH1 = false;
  for (const raw of lines) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const h = /^\s*(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (h) {
      const text = inline(h[2]!);
      // The first "# " heading is the headline (the front matter's title may repeat it).
      if (h[1] === "#" && !sawH1) {
        sawH1 = true;
        title ||= text;
      } else out.push(text);
      continue;
    }
    if (/^\s*([-*_]\s*){3,}$/.test(raw)) {
      out.push("---");
      continue;
    }
    out.push(inline(raw.replace(/^\s*>\s?/, "").replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")));
  }
  meta.author = front.author || front.byline || null;
  meta.outlet = front.outlet || front.source || front.publication || null;
  meta.publishedAt = toIsoDate(front.publishedat || front.date || front.published || null);
  meta.url = front.url || front.link || null;
  const body = cleanBody(out.join("\n"), meta);
  return articleFrom("markdown", title ?? null, body, meta, front.section || null);
}

/** Inline markup to text: images dropped, links to their text, emphasis and code unwrapped. */
function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<[^>\n]+>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1");
}
