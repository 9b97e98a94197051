// compromise's English lexicon (≈24,600 words: first names, surnames, cities, countries, regions,
// organisations, currencies, past-tense verbs, comparatives, superlatives) used as a gazetteer.
// Running compromise's tagger over whole articles is ~30x slower than wink (docs/extraction.md),
// so we look words up in its lexicon instead, and call its number parser only on short spans.
import nlpCompromise from "compromise";

type Lexicon = Record<string, string | string[]>;
const NONE: readonly string[] = [];
let lexicon: Map<string, readonly string[]> | null = null;

/** The lexicon copied once into a Map of tag arrays, so a lookup allocates nothing. */
function lex(): Map<string, readonly string[]> {
  if (!lexicon) {
    const world = nlpCompromise.world() as { model: { one: { lexicon: Lexicon } } };
    lexicon = new Map();
    for (const [word, tags] of Object.entries(world.model.one.lexicon)) lexicon.set(word, Array.isArray(tags) ? tags : [tags]);
  }
  return lexicon;
}

/** compromise tags for a (lower- or mixed-case) word or multi-word name; [] when unknown. */
export function tagsOf(word: string): readonly string[] {
  return lex().get(word) ?? lex().get(word.toLowerCase()) ?? NONE;
}

/** Whether the word has any of `tags` (a set built once by the caller: no argument array per call). */
export function hasAnyTag(word: string, tags: ReadonlySet<string>): boolean {
  for (const t of tagsOf(word)) if (tags.has(t)) return true;
  return false;
}

export function hasTag(word: string, ...tags: string[]): boolean {
  // The tags asked about per token have a bit in the cached mask: no lookup or lower-casing again.
  if (tags.length === 1 && BIT[tags[0]!] !== undefined) return (maskOf(word) & BIT[tags[0]!]!) !== 0;
  const found = tagsOf(word);
  for (const t of found) if (tags.includes(t)) return true;
  return false;
}

// The tags asked about on every token, as bits: one cached number per word answers them all.
const BIT: Record<string, number> = Object.create(null) as Record<string, number>;
["FirstName", "MaleName", "FemaleName", "LastName", "Country", "City", "Place", "Region", "Island", "Organization", "SportsTeam", "Company",
  "Demonym", "Month", "WeekDay", "Date", "Holiday", "Currency", "Superlative", "Comparative", "PastTense", "PresentTense", "Actor"].forEach((tag, i) => (BIT[tag] = 1 << i));
const bits = (...tags: string[]) => tags.reduce((m, t) => m | (BIT[t] ?? 0), 0);
const masks = new Map<string, number>();

function maskOf(word: string): number {
  let mask = masks.get(word);
  if (mask === undefined) {
    mask = 0;
    for (const t of tagsOf(word)) mask |= BIT[t] ?? 0;
    if (masks.size > 100_000) masks.clear();
    masks.set(word, mask);
  }
  return mask;
}

const FIRST_NAME = bits("FirstName", "MaleName", "FemaleName");
const PLACE = bits("Country", "City", "Place", "Region", "Island");
const ORG = bits("Organization", "SportsTeam", "Company");
const MONTH_OR_DAY = bits("Month", "WeekDay", "Date", "Holiday");

export const isFirstName = (w: string) => (maskOf(w) & FIRST_NAME) !== 0;
export const isMaleName = (w: string) => (maskOf(w) & BIT.MaleName!) !== 0;
export const isFemaleName = (w: string) => (maskOf(w) & BIT.FemaleName!) !== 0;
export const isLastName = (w: string) => (maskOf(w) & BIT.LastName!) !== 0;
export const isPlaceName = (w: string) => (maskOf(w) & PLACE) !== 0;
export const isOrgName = (w: string) => (maskOf(w) & ORG) !== 0;
export const isDemonym = (w: string) => (maskOf(w) & BIT.Demonym!) !== 0;
export const isMonthOrDay = (w: string) => (maskOf(w) & MONTH_OR_DAY) !== 0;
export const isCurrencyWord = (w: string) => (maskOf(w) & BIT.Currency!) !== 0;
// Cheap spelling gates first: these run on every token.
export const isSuperlative = (w: string) => (w.endsWith("est") || w === "most" || w === "least" || w === "top") && (maskOf(w) & BIT.Superlative!) !== 0;
export const isComparative = (w: string) => (w.endsWith("er") || w === "worse" || w === "less") && (maskOf(w) & BIT.Comparative!) !== 0;
export const isPastTense = (w: string) => (maskOf(w) & BIT.PastTense!) !== 0;

const numberCache = new Map<string, number | null>();

/**
 * Numeric value of a number phrase in words ("five million", "twenty-one", "half") via
 * compromise's number parser. Results are cached: the same phrases recur across a corpus.
 */
export function wordsToNumber(phrase: string): number | null {
  const key = phrase.toLowerCase().trim();
  const cached = numberCache.get(key);
  if (cached !== undefined) return cached;
  const found = nlpCompromise(key).numbers().get() as unknown[];
  const first = found[0];
  const value = typeof first === "number" && Number.isFinite(first) ? first : null;
  if (numberCache.size > 10_000) numberCache.clear();
  numberCache.set(key, value);
  return value;
}
