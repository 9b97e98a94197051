// Sentences with character offsets. wink decides sentence boundaries; we additionally break at
// line breaks, because in news copy a line break ends a paragraph, a heading or a trailer, and
// wink (trained on running prose) happily merges a heading into the next sentence.
import { BLANK, isBlank, type Analysis } from "./nlp";

export interface Segment {
  /** First and last token index (inclusive) of the trimmed sentence. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Index of the wink sentence it came from (for reference). */
  sentence: number;
  /** A whole line without sentence punctuation and without a verb: a sub-heading or label. */
  heading: boolean;
}

export function segment(a: Analysis): Segment[] {
  const out: Segment[] = [];
  // A lone line (a form field, one `--lines` input) is never a heading: there is nothing it heads.
  const multiLine = a.text.trim().includes("\n");
  joinPartyLabels(a).forEach(([first, last], sentence) => {
    let runFirst = -1;
    let runLast = -1;
    const flush = () => {
      if (runFirst >= 0) out.push(makeSegment(a, runFirst, runLast, sentence, multiLine));
      runFirst = -1;
    };
    for (let i = first; i <= last; i++) {
      if (a.pos[i] === "SPACE" || (a.cls[i]! & BLANK) !== 0) {
        if ((a.value[i] ?? "").includes("\n")) flush();
        continue;
      }
      if (runFirst >= 0 && lineBreakBetween(a.text, a.end[runLast] ?? 0, a.start[i] ?? 0)) flush();
      else if (runFirst >= 0 && missedBoundary(a, runFirst, runLast, i, last)) flush();
      if (runFirst < 0) runFirst = i;
      runLast = i;
    }
    flush();
  });
  return out.flatMap((seg) => (seg.last - seg.first < MAX_SEGMENT_TOKENS ? [seg] : split(a, seg, multiLine)));
}

/**
 * wink ends a sentence at the period of an abbreviation inside parentheses: "Sen. Jo Hale (D-N.Y.)
 * said …" becomes "… (D-N." + "Y.) said …", and "Rep. Al Dunn (R-Tex.) voted …" + a sentence that
 * opens in lower case. A sentence never ends inside an open parenthesis, and after an abbreviated
 * label the next sentence never opens in lower case, so those two are joined again.
 */
function joinPartyLabels(a: Analysis): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [first, last] of a.sentences) {
    const prev = out[out.length - 1];
    if (prev && !lineBreakBetween(a.text, a.end[prev[1]] ?? 0, a.start[first] ?? 0) && splitInLabel(a, prev, first, last)) prev[1] = last;
    else out.push([first, last]);
  }
  return out;
}

function splitInLabel(a: Analysis, [first, last]: [number, number], next: number, nextLast: number): boolean {
  let open = 0;
  for (let i = first; i <= last; i++) {
    if (a.value[i] === "(") open++;
    else if (a.value[i] === ")" && open > 0) open--;
  }
  let n = next;
  while (n < nextLast && isBlank(a.value[n] ?? "")) n++;
  // Closed within the next few tokens: a label, not a parenthetical of several sentences.
  if (open > 0) {
    for (let k = n; k <= Math.min(nextLast, n + 4); k++) if (a.value[k] === ")") return true;
    return false;
  }
  // "(I-Vt.)": wink gives "Vt" "." ")" or "Vt." ")".
  const label = a.value[last] === ")" && (/^\p{L}{1,4}\.$/u.test(a.value[last - 1] ?? "") || (a.value[last - 1] === "." && /^\p{L}{1,4}$/u.test(a.value[last - 2] ?? "")));
  return label && /^\p{Ll}/u.test(a.value[n] ?? "");
}

/** A line break in text[from, to), without slicing: this runs for every token. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * No news sentence runs to hundreds of tokens; such a run is a table, a list or a paste without
 * punctuation. Cut it into clause-sized pieces so that every per-sentence step stays linear.
 */
const MAX_SEGMENT_TOKENS = 120;
const CLAUSE_END = new Set([",", ";", ":", "--", "–", "—"]);

function split(a: Analysis, seg: Segment, multiLine: boolean): Segment[] {
  const pieces: Segment[] = [];
  let first = seg.first;
  while (seg.last - first >= MAX_SEGMENT_TOKENS) {
    const limit = first + MAX_SEGMENT_TOKENS - 1;
    let cut = limit;
    for (let k = limit; k > first + MAX_SEGMENT_TOKENS / 2; k--) {
      if (CLAUSE_END.has(a.value[k] ?? "") || a.pos[k + 1] === "CCONJ") {
        cut = k;
        break;
      }
    }
    let last = cut;
    while (last > first && isBlank(a.value[last] ?? "")) last--;
    pieces.push(makeSegment(a, first, last, seg.sentence, multiLine));
    first = cut + 1;
    while (first < seg.last && isBlank(a.value[first] ?? "")) first++;
  }
  pieces.push(makeSegment(a, first, seg.last, seg.sentence, multiLine));
  return pieces;
}

const NEVER_ENDS = new Set(["mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "gen.", "sen.", "rep.", "gov.", "no.", "vs.", "v.", "jr.", "sr.", "lt.", "col.", "capt.", "rev.", "mt.", "ft."]);
const OPENERS = new Set(["the", "that", "this", "these", "those", "he", "she", "it", "they", "we", "i", "there", "its", "his", "her", "their", "but", "and", "in", "a", "an"]);

/**
 * wink keeps "Samsung Electronics Co. Xiaomi, which …" and "the Redmi 4G. That will …" together
 * because the period may belong to an abbreviation. We split there when the next word is
 * capitalised and both sides read as clauses (a verb each, or a long prefix), or the next word is a typical
 * sentence opener.
 */
function missedBoundary(a: Analysis, first: number, prev: number, i: number, last: number): boolean {
  const v = a.value[prev] ?? "";
  if (!v.endsWith(".") || v.length < 2 || NEVER_ENDS.has(v.toLowerCase())) return false;
  const next = a.value[i] ?? "";
  if (!/^[A-Z]/.test(next) || a.pos[i] === "VERB" || a.pos[i] === "AUX") return false;
  if (OPENERS.has(next.toLowerCase())) return true;
  // Initials ("L.M. Ericsson", "J.R. Simplot") run into the name they belong to.
  if (INITIALS.test(v)) return false;
  const verbIn = (lo: number, hi: number) => {
    for (let k = lo; k <= hi; k++) if (a.pos[k] === "VERB" || a.pos[k] === "AUX") return true;
    return false;
  };
  // Some taggers read "costs" in "phone costs $326" as a noun, so a long prefix counts as a clause too.
  return (verbIn(first, prev) || prev - first >= 8) && verbIn(i, last);
}

const INITIALS = /^(\p{Lu}\.){1,3}$/u;
const TERMINAL = /[.!?…]["'”’)\]]*$/;

function makeSegment(a: Analysis, first: number, last: number, sentence: number, multiLine: boolean): Segment {
  const start = a.start[first] ?? 0;
  const end = a.end[last] ?? start;
  const heading = multiLine && isHeading(a, first, last, start, end);
  return { first, last, start, end, sentence, heading };
}

/**
 * A heading is a complete line that does not read as a sentence: no closing punctuation, short,
 * and either verbless or written in title case. A short typed claim such as "Xiaomi sold 2,000
 * phones" has a verb and lower-case words, so it is not mistaken for one.
 */
function isHeading(a: Analysis, first: number, last: number, start: number, end: number): boolean {
  const text = a.text;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEndAt = text.indexOf("\n", end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  if (text.slice(lineStart, start).trim() !== "" || text.slice(end, lineEnd).trim() !== "") return false;
  const line = text.slice(start, end);
  if (TERMINAL.test(line)) return false;
  let words = 0;
  let verbs = 0;
  let capitalised = 0;
  for (let i = first; i <= last; i++) {
    if (a.kind[i] !== "word" && a.kind[i] !== "number") continue;
    words++;
    const pos = a.pos[i];
    if (pos === "VERB" || pos === "AUX") verbs++;
    if (/^[A-Z0-9]/.test(a.value[i] ?? "") || (a.value[i] ?? "").length < 4) capitalised++;
  }
  if (words === 0 || words > 10) return words === 0;
  return verbs === 0 || capitalised === words;
}
