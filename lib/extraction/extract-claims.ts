// v0: sentences with numbers, percentages, money, dates or attribution become claims. Replaced in issue 3.
import type { ClaimType, ExtractedClaim } from "./types";

const SENTENCE = /[^.!?\n]+[.!?]*["”’]?/g;
const RULES: Array<[ClaimType, RegExp]> = [
  ["money", /[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:dollars|euros|yuan|rupiah)\b/i],
  ["percentage", /\b\d[\d,.]*\s?(?:%|percent)|\b(?:one|two|three|four|five|ten|twenty|fifty) percent\b/i],
  ["date_event", /\b(?:19|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/],
  ["quantity", /\b\d[\d,.]*\b/],
  ["attribution", /\b(?:says|said|states|stated|according to|told)\b/i],
];

export function extractClaims(body: string): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (const match of body.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const quote = raw.trim();
    if (quote.length < 12) continue;
    const rule = RULES.find(([, re]) => re.test(quote));
    if (!rule) continue;
    const start = (match.index ?? 0) + lead;
    claims.push({ text: quote, quote, start, end: start + quote.length, type: rule[0], checkworthiness: 0.5 });
  }
  return claims;
}
