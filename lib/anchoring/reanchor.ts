// Finds where a passage of an article's old text sits in its corrected text. In order:
//   1. the exact quote: the only occurrence, or among several the one whose prefix/suffix context
//      matches best, then the one nearest the old position mapped through the diff;
//   2. a fuzzy match (diff-match-patch): the old span mapped through the diff of the two texts,
//      or a Bitap search for the quote's head and tail near that place, accepted when the text
//      found is close enough to the old quote;
//   3. otherwise the passage is gone: an orphan.
// Pure and synchronous; offsets are UTF-16 code units, end exclusive.
import { diffLevenshtein, diffMain, diffXIndex, matchMain, type Diff } from "diff-match-patch-es";
import type { TextAnchor } from "./selectors";

export type AnchorMethod = "exact" | "context" | "fuzzy";

export type Relocated = { method: AnchorMethod; start: number; end: number } | { method: "orphan" };

/** A fuzzy candidate must be at least this similar to the old quote (1 = identical). */
export const FUZZY_MIN_SIMILARITY = 0.7;
const BITAP_MAX = 32;

export interface Relocator {
  relocate(anchor: TextAnchor): Relocated;
}

export function relocator(oldBody: string, newBody: string): Relocator {
  // One diff of the whole text serves every anchor of the article.
  const diffs: Diff[] = oldBody === newBody ? [[0, oldBody]] : diffMain(oldBody, newBody, { diffTimeout: 2 });
  return {
    relocate(anchor) {
      const expected = diffXIndex(diffs, anchor.start);
      return exactMatch(newBody, anchor, expected) ?? fuzzyMatch(newBody, anchor, diffs, expected) ?? { method: "orphan" };
    },
  };
}

function exactMatch(body: string, anchor: TextAnchor, expected: number): Relocated | null {
  const { exact } = anchor;
  if (!exact) return null;
  const found: number[] = [];
  for (let i = body.indexOf(exact); i !== -1; i = body.indexOf(exact, i + 1)) found.push(i);
  if (found.length === 0) return null;
  if (found.length === 1) return { method: "exact", start: found[0]!, end: found[0]! + exact.length };

  const ranked = found
    .map((at) => ({ at, context: contextScore(body, anchor, at), distance: Math.abs(at - expected) }))
    .sort((a, b) => b.context - a.context || a.distance - b.distance);
  const best = ranked[0]!;
  return { method: "context", start: best.at, end: best.at + exact.length };
}

/** How many characters of the stored prefix and suffix agree with the text around `at`. */
function contextScore(body: string, anchor: TextAnchor, at: number): number {
  const before = body.slice(Math.max(0, at - anchor.prefix.length), at);
  const after = body.slice(at + anchor.exact.length, at + anchor.exact.length + anchor.suffix.length);
  let score = 0;
  for (let i = 1; i <= Math.min(before.length, anchor.prefix.length) && before.at(-i) === anchor.prefix.at(-i); i++) score++;
  for (let i = 0; i < Math.min(after.length, anchor.suffix.length) && after[i] === anchor.suffix[i]; i++) score++;
  return score;
}

function fuzzyMatch(body: string, anchor: TextAnchor, diffs: Diff[], expected: number): Relocated | null {
  const candidates: Array<[number, number]> = [[expected, diffXIndex(diffs, anchor.end)]];

  // The quote's head and tail searched near where the diff says the passage went.
  const head = anchor.exact.slice(0, BITAP_MAX);
  const headAt = matchMain(body, head, Math.min(expected, body.length), { matchThreshold: 0.35, matchDistance: 1000 });
  if (headAt !== -1) {
    const tail = anchor.exact.slice(-BITAP_MAX);
    const tailGuess = headAt + anchor.exact.length - tail.length;
    const tailAt = matchMain(body, tail, Math.max(0, Math.min(tailGuess, body.length)), { matchThreshold: 0.35, matchDistance: 1000 });
    candidates.push([headAt, tailAt === -1 ? headAt + anchor.exact.length : tailAt + tail.length]);
  }

  let best: { start: number; end: number; similarity: number } | null = null;
  for (const [rawStart, rawEnd] of candidates) {
    const span = tidy(body, rawStart, rawEnd);
    if (!span) continue;
    const s = similarity(anchor.exact, body.slice(span.start, span.end));
    if (s >= FUZZY_MIN_SIMILARITY && (!best || s > best.similarity)) best = { ...span, similarity: s };
  }
  return best ? { method: "fuzzy", start: best.start, end: best.end } : null;
}

/** 1 − edit distance / length of the longer text. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - diffLevenshtein(diffMain(a, b, { diffTimeout: 0.2 })) / longer;
}

/** Clamps a span to the text, keeps surrogate pairs whole and trims surrounding white space. */
function tidy(body: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, body.length));
  let e = Math.max(0, Math.min(end, body.length));
  if (isLowSurrogate(body.charCodeAt(s))) s--;
  if (isLowSurrogate(body.charCodeAt(e))) e++;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
