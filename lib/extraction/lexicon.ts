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

export function hasTag(word: string, ...tags: string[]): boolean {
  const found = tagsOf(word);
  for (const t of found) if (tags.includes(t)) return true;
  return false;
}

export const isFirstName = (w: string) => hasTag(w, "FirstName", "MaleName", "FemaleName");
export const isMaleName = (w: string) => hasTag(w, "MaleName");
export const isFemaleName = (w: string) => hasTag(w, "FemaleName");
export const isLastName = (w: string) => hasTag(w, "LastName");
export const isPlaceName = (w: string) => hasTag(w, "Country", "City", "Place", "Region", "Island");
export const isOrgName = (w: string) => hasTag(w, "Organization", "SportsTeam", "Company");
export const isDemonym = (w: string) => hasTag(w, "Demonym");
export const isMonthOrDay = (w: string) => hasTag(w, "Month", "WeekDay", "Date", "Holiday");
export const isCurrencyWord = (w: string) => hasTag(w, "Currency");
// Cheap spelling gates first: these run on every token.
export const isSuperlative = (w: string) => (/est$/.test(w) || w === "most" || w === "least" || w === "top") && hasTag(w, "Superlative");
export const isComparative = (w: string) => (/er$/.test(w) || w === "worse" || w === "less") && hasTag(w, "Comparative");
export const isPastTense = (w: string) => hasTag(w, "PastTense");

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
