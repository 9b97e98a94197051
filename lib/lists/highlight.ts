// Markers PostgreSQL's ts_headline puts around matches: private-use characters that never come
// out of a parser, so the page can split on them and render <mark> with React's escaping
// (no HTML from the database is ever injected).
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export function highlightParts(text: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const chunk of text.split(HIGHLIGHT_START)) {
    const end = chunk.indexOf(HIGHLIGHT_END);
    if (end === -1) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    if (end > 0) parts.push({ text: chunk.slice(0, end), match: true });
    const rest = chunk.slice(end + HIGHLIGHT_END.length);
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}
