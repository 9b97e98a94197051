// Features of a sentence for the factuality model: its words and word pairs (numbers and currency
// signs folded into one token each) and its part-of-speech pairs, hashed into a fixed space so the
// model is a flat array of weights. Computed from the same wink tokens the rest of the extractor
// reads, so training and extraction see a sentence identically. Each token's text is hashed once;
// pairs combine the two integers, so a sentence costs a few multiplications per token.
import { isBlank, type Analysis } from "../nlp";

export const DIMENSIONS = 1 << 18;
const MASK = DIMENSIONS - 1;

/** FNV-1a of a string: deterministic in every Node version. */
function hashText(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

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

const WORD = 1, WORD_PAIR = 2, POS_PAIR = 3, LENGTH = 4, BIAS = 5;
const START = hashText("<s>"), END = hashText("</s>"), NUMBER = hashText("<num>"), CURRENCY = hashText("<cur>");

const tokenHashes = new WeakMap<Analysis, Uint32Array>();
const posHashes = new Map<string, number>();

function tokenHash(a: Analysis, i: number, cache: Uint32Array): number {
  let h = cache[i]!;
  if (h === 0) {
    const kind = a.kind[i];
    h = kind === "number" || kind === "ordinal" ? NUMBER : kind === "currency" ? CURRENCY : hashText(a.lower[i] ?? "") || 1;
    cache[i] = h;
  }
  return h;
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
  let cache = tokenHashes.get(a);
  if (!cache) tokenHashes.set(a, (cache = new Uint32Array(a.value.length)));
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  found.length = 0;
  add(mix(BIAS, 0));
  let prev = START;
  let prevPos = START;
  let words = 0;
  for (let i = first; i <= last; i++) {
    if (isBlank(a.value[i] ?? "")) continue;
    const t = tokenHash(a, i, cache);
    const pos = posHash(a.pos[i] ?? "X");
    add(mix(WORD, t));
    add(mix(WORD_PAIR, prev, t));
    add(mix(POS_PAIR, prevPos, pos));
    prev = t;
    prevPos = pos;
    if (a.kind[i] === "word") words++;
  }
  add(mix(WORD_PAIR, prev, END));
  add(mix(LENGTH, Math.min(8, Math.floor(words / 4))));
  return found;
}

/** The same indices as a fresh array (for training, which keeps them). */
export function featurize(a: Analysis, first: number, last: number): number[] {
  return [...featureIndices(a, first, last)];
}
