// Features of a sentence for the factuality model: its words and word pairs (numbers, currency
// signs, links, @mentions, hashtags and emoji folded into one token per class, so a link's unique
// address is not a word of its own), lemmas, a hashtag's word, part-of-speech pairs and a few
// sentence shapes (figure, name, I/we, you, ?, !, bare verb first), hashed into a fixed space so the
// model is a flat array of weights. Computed from the same wink tokens the rest of the extractor
// reads, so training and extraction see a sentence identically. Each distinct token text is hashed once
// (analyze keeps the hash with the text, `a.hash`);
// pairs combine the two integers, so a sentence costs a few multiplications per token.
import { BLANK, textHash as hashText, wordClass, type Analysis } from "../nlp";

export const DIMENSIONS = 1 << 18;
const MASK = DIMENSIONS - 1;

/** Mixes integers into one hash (a murmur3-style finalizer), with a salt per feature family. */
function mix(salt: number, x: number, y = 0): number {
  let h = Math.imul(salt ^ x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & MASK;
}

const WORD = 1, WORD_PAIR = 2, POS_PAIR = 3, LENGTH = 4, BIAS = 5, LEMMA = 6, SHAPE = 7;
const START = hashText("<s>"), END = hashText("</s>"), NUMBER = hashText("<num>"), CURRENCY = hashText("<cur>");
const URL = hashText("<url>"), MENTION = hashText("<at>"), HASHTAG = hashText("<hash>"), EMOJI = hashText("<emoji>"), EMAIL = hashText("<email>");

// What kind of sentence this is, one bit each, every bit a feature whether set or not: a figure, a
// name, "I/we", "you", a question mark, an exclamation mark, and a first word that is a bare verb
// (an imperative: "Join us", "Wear a mask"). Generic sentence shapes, not rules: the weights decide.
const HAS_FIGURE = 1, HAS_NAME = 2, FIRST_PERSON = 4, SECOND_PERSON = 8, QUESTION = 16, EXCLAMATION = 32, BARE_VERB_FIRST = 64, WORD_SEEN = 128;
const SHAPES = 7;
const FIRST = new Set(["i", "we", "me", "us", "my", "our"]);
const FIRST_WORD = wordClass((w) => FIRST.has(w));

function shapeOf(a: Analysis, i: number, kind: string | undefined, sofar: number): number {
  const lower = a.lower[i] ?? "";
  const pos = a.pos[i];
  let s = 0;
  if (kind === "number" || kind === "currency") s |= HAS_FIGURE;
  else if (kind === "word") {
    if (pos === "PROPN") s |= HAS_NAME;
    if ((a.cls[i]! & FIRST_WORD) !== 0) s |= FIRST_PERSON;
    else if (lower === "you" || lower === "your") s |= SECOND_PERSON;
    if (!(sofar & WORD_SEEN)) s |= WORD_SEEN | (pos === "VERB" && a.lemma[i] === lower ? BARE_VERB_FIRST : 0);
  } else if (lower === "?") s |= QUESTION;
  else if (lower === "!") s |= EXCLAMATION;
  return s;
}

const posHashes = new Map<string, number>();

/** The token's word hash (kept with its text by analyze), or its class's for numbers, links, @mentions, … */
function tokenHash(a: Analysis, i: number): number {
  const kind = a.kind[i];
  return kind === "number" || kind === "ordinal" ? NUMBER : kind === "currency" ? CURRENCY
    : kind === "url" ? URL : kind === "mention" ? MENTION : kind === "hashtag" ? HASHTAG : kind === "emoji" ? EMOJI : kind === "email" ? EMAIL
    : a.hash[i]! || 1;
}

function posHash(pos: string): number {
  let h = posHashes.get(pos);
  if (h === undefined) posHashes.set(pos, (h = hashText(pos)));
  return h;
}

// Marks which indices a sentence already produced (a repeated feature counts once) without
// allocating a Set per sentence: a small open-addressing table, its slots stamped per sentence. A
// stamp per index of the whole space (1 MB) cost a cache miss per feature; a sentence has a few
// hundred features at most, so this table stays in the processor's cache.
let slots = 1 << 12;
let keys = new Int32Array(slots);
let stamps = new Uint32Array(slots);
let stamp = 0;
const found: number[] = [];

function add(index: number): void {
  let h = index & (slots - 1);
  while (stamps[h] === stamp) {
    if (keys[h] === index) return;
    h = (h + 1) & (slots - 1);
  }
  stamps[h] = stamp;
  keys[h] = index;
  found.push(index);
  // Keep the table at most half full; a longer span than any sentence doubles it.
  if (found.length * 2 >= slots) grow();
}

function grow(): void {
  slots *= 2;
  keys = new Int32Array(slots);
  stamps = new Uint32Array(slots);
  stamp = 1;
  for (const index of found) {
    let h = index & (slots - 1);
    while (stamps[h] === stamp) h = (h + 1) & (slots - 1);
    stamps[h] = stamp;
    keys[h] = index;
  }
}

/**
 * The distinct hashed feature indices of tokens first..last (inclusive). The returned array is
 * reused by the next call: read it before featurizing again.
 */
export function featureIndices(a: Analysis, first: number, last: number): readonly number[] {
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  found.length = 0;
  add(mix(BIAS, 0));
  let prev = START;
  let prevPos = START;
  let words = 0;
  let shape = 0;
  for (let i = first; i <= last; i++) {
    if ((a.cls[i]! & BLANK) !== 0) continue;
    const t = tokenHash(a, i);
    const pos = posHash(a.pos[i] ?? "X");
    add(mix(WORD, t));
    const kind = a.kind[i];
    // A hashtag is also the word it tags ("#vaccines" ~ "vaccines").
    if (kind === "hashtag") add(mix(WORD, hashText((a.lower[i] ?? "").slice(1)) || 1));
    // The lemma besides the form, so "vaccinated" learns from "vaccinates" and "vaccinate".
    if (kind === "word") {
      const lemma = a.lemma[i] ?? "";
      if (lemma !== a.lower[i]) add(mix(LEMMA, a.lemmaHash[i]!));
    }
    shape |= shapeOf(a, i, kind, shape);
    add(mix(WORD_PAIR, prev, t));
    add(mix(POS_PAIR, prevPos, pos));
    prev = t;
    prevPos = pos;
    if (a.kind[i] === "word") words++;
  }
  add(mix(WORD_PAIR, prev, END));
  add(mix(LENGTH, Math.min(8, Math.floor(words / 4))));
  for (let b = 0; b < SHAPES; b++) add(mix(SHAPE, b, (shape >> b) & 1));
  return found;
}

/** The same indices as a fresh array (for training, which keeps them). */
export function featurize(a: Analysis, first: number, last: number): number[] {
  return [...featureIndices(a, first, last)];
}
