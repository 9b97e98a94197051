// Checks search text before it becomes a tsquery, so odd input gets a sentence, not a 500 or a
// silent empty list. websearch_to_tsquery itself never raises on any text; these limits are ours.
export const SEARCH_MAX_LENGTH = 200;

export type SearchText = { ok: true; text: string } | { ok: false; message: string };

export function checkSearchText(q: string): SearchText {
  if (q.length > SEARCH_MAX_LENGTH) {
    return { ok: false, message: `Search is limited to ${SEARCH_MAX_LENGTH} characters; yours has ${q.length.toLocaleString("en")}. Use a few distinctive words.` };
  }
  if (!/[\p{L}\p{N}]/u.test(q)) {
    return { ok: false, message: "Search needs at least one letter or digit." };
  }
  return { ok: true, text: q };
}
