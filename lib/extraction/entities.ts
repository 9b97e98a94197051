// Named people, organisations and places. wink's lite model tags proper nouns but has no
// person/org/place recogniser, so we take its PROPN runs and classify them with compromise's
// gazetteer (first names, surnames, places, organisations) plus the cues news copy always has:
// honorifics and job titles before people, corporate suffixes after companies.
import type { EntityKind } from "./types";
import { isVocabularyWord, wordClass, type Analysis } from "./nlp";
import { hasAnyTag, hasTag, isDemonym, isFirstName, isLastName, isMonthOrDay, isOrgName, isPlaceName } from "./lexicon";

export interface Mention {
  first: number;
  last: number;
  /** The words of the name as written, honorifics stripped. */
  text: string;
  kind: EntityKind;
  /** Written with an honorific or job title ("Mr. Barra", "analyst Bryan Wang"). */
  titled: boolean;
}

const HONORIFICS = new Set(["mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "prof.", "sir", "dame", "lord", "sen.", "rep.", "gov.", "gen.", "col.", "capt.", "rev."]);
/** Asked on every token that is not a name: answered from the token's word classes (see `wordClass`). */
const HONORIFIC = wordClass((w) => HONORIFICS.has(w));
const TITLE_WORDS = new Set([
  "president", "vice", "chief", "executive", "officer", "ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "founder",
  "co-founder", "cofounder", "minister", "secretary", "director", "manager", "analyst", "head", "spokesman", "spokeswoman",
  "spokesperson", "governor", "senator", "mayor", "professor", "judge", "prime", "deputy", "senior", "global", "general",
  "managing", "vp", "svp", "evp", "king", "queen", "prince", "princess", "pope", "economist", "editor", "reporter", "entrepreneur",
  "chancellor", "premier", "representative", "congressman", "congresswoman", "commissioner", "ambassador", "interviewer",
  // Fifth sources pass: local and legislative titles ("Councillor Ben Okafor", "Majority Leader X", "Sheriff Y").
  "councillor", "councilor", "councilman", "councilwoman", "councilmember", "sheriff", "treasurer", "comptroller", "attorney",
  "speaker", "leader", "lieutenant", "strategist", "pollster", "adviser", "advisor", "aide",
]);
const ORG_SUFFIX = new Set([
  "inc.", "inc", "corp.", "corp", "co.", "co", "ltd.", "ltd", "llc", "plc", "ag", "gmbh", "sa", "group", "holdings",
  "bank", "electronics", "technologies", "technology", "systems", "university", "institute", "agency", "ministry",
  "association", "foundation", "service", "services", "party", "council", "commission", "committee", "department",
  "times", "news", "post", "journal", "reuters", "network", "labs", "capital", "partners", "ventures", "motors",
  "airlines", "airways", "telecom", "communications", "media", "studios", "club", "fund", "board", "office", "court",
  "parliament", "congress", "senate", "army", "police", "school", "college", "hospital", "research", "reprint",
]);
const PLACE_PREFIX = new Set(["north", "south", "east", "west", "southeast", "southwest", "northeast", "northwest", "central", "new", "san", "los", "las", "st.", "greater", "upper", "lower"]);
const COMMON_TAGS = new Set(["Noun", "Plural", "Singular", "Adjective", "Comparative", "Superlative", "Verb", "PastTense", "PresentTense", "Infinitive", "Gerund", "Adverb", "Demonym", "Language", "Determiner", "Pronoun", "Preposition", "Conjunction", "Uncountable", "Actor"]);
const CONNECTORS = new Set(["of", "de", "for", "du", "von", "van", "der", "la"]);

function isNameToken(a: Analysis, i: number): boolean {
  const v = a.value[i] ?? "";
  if (a.pos[i] !== "PROPN" || !/^[A-Z]/.test(v)) return false;
  // "Jun" is a month, but "Lei Jun" is a name: a month word right after a name is part of it.
  if (isMonthOrDay(v) && !isFirstName(v) && !(a.pos[i - 1] === "PROPN" && !/^\d/.test(a.value[i + 1] ?? ""))) return false;
  return !(isDemonym(v) && a.pos[i + 1] !== "PROPN");
}

/** Proper-name mentions between token `first` and `last` (inclusive), in order. */
export function findMentions(a: Analysis, first: number, last: number, lowerWords?: Set<string>): Mention[] {
  const out: Mention[] = [];
  let i = first;
  while (i <= last) {
    if (!isNameToken(a, i) && (a.cls[i]! & HONORIFIC) === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 <= last) {
      if (isNameToken(a, j + 1)) j++;
      else if (a.value[j + 1] === "-" && a.end[j] === a.start[j + 1] && a.end[j + 1] === a.start[j + 2] && isNameToken(a, j + 2)) j += 2;
      else if (CONNECTORS.has(a.lower[j + 1] ?? "") && j + 2 <= last && isNameToken(a, j + 2)) j += 2;
      else break;
    }
    // A lone capitalised word opening the sentence ("Revenue rose …") is a common noun when the
    // article also writes it in lower case elsewhere ("… of revenue").
    // So is one followed by "of" ("Dozens of vans", "Most of the staff").
    // So is a plural English noun the tagger calls a name only for its capital ("Volunteers stacked …",
    // "Passengers queued …"): wink's vocabulary knows it and its singular in lower case.
    const opener = i === first && j === i && (lowerWords?.has(a.lower[i] ?? "") || a.value[i + 1] === "of" || isCommonPlural(a.lower[i] ?? ""));
    if (!opener || known(a.value[i] ?? "")) out.push(...splitRun(a, i, j));
    i = j + 1;
  }
  return out;
}

function isCommonPlural(lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith("s") || lower.endsWith("ss")) return false;
  return isVocabularyWord(lower) && (isVocabularyWord(lower.slice(0, -1)) || (lower.endsWith("es") && isVocabularyWord(lower.slice(0, -2))));
}

function known(word: string): boolean {
  return isOrgName(word) || isPlaceName(word) || isFirstName(word) || isLastName(word);
}

/** Words the text writes in lower case somewhere: common nouns, whatever their case at a sentence start. */
export function lowerCaseWords(a: Analysis): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < a.value.length; i++) {
    const v = a.value[i]!;
    if (a.kind[i] === "word" && v === a.lower[i] && v.length > 2) out.add(v);
  }
  return out;
}

/** "Xiaomi Global Vice President Hugo Barra" is two names around a job title. */
function splitRun(a: Analysis, first: number, last: number): Mention[] {
  const out: Mention[] = [];
  let start = -1;
  let titled = first > 0 && (TITLE_WORDS.has(a.lower[first - 1] ?? "") || hasTag(a.lower[first - 1] ?? "", "Actor"));
  for (let i = first; i <= last + 1; i++) {
    const lower = a.lower[i] ?? "";
    const isTitle = i <= last && (HONORIFICS.has(lower) || TITLE_WORDS.has(lower));
    if (i > last || isTitle) {
      if (start >= 0) {
        const m = classify(a, start, i - 1, titled);
        if (m) out.push(m);
        titled = false;
      }
      start = -1;
      if (isTitle) titled = true;
      continue;
    }
    if (start < 0) start = i;
  }
  return out;
}

function classify(a: Analysis, first: number, last: number, titled: boolean): Mention | null {
  while (first <= last && CONNECTORS.has(a.lower[first] ?? "")) first++;
  while (last >= first && CONNECTORS.has(a.lower[last] ?? "")) last--;
  if (first > last) return null;
  const text = a.text.slice(a.start[first], a.end[last]);
  if (text.length < 2 || /^\d/.test(text)) return null;
  const words = a.lower.slice(first, last + 1);
  const head = words[0] ?? "";
  const tail = words[words.length - 1] ?? "";
  const n = words.length;
  // A lone capitalised common word ("Fewer", "Followers", "English") is not a name.
  if (n === 1 && hasAnyTag(head, COMMON_TAGS) && !isOrgName(head) && !isPlaceName(head) && !isFirstName(head)) return null;
  // Sentence-initial plurals wink calls proper nouns ("Buyers registered …").
  if (n === 1 && a.lemma[first] !== head && /s$/.test(head) && !isOrgName(head) && !isPlaceName(head)) return null;
  const kind = ((): EntityKind | null => {
    if (ORG_SUFFIX.has(tail) && n > 1) return "organization";
    if (isOrgName(text) || isOrgName(head)) return "organization";
    if (isPlaceName(text) || (n === 1 && isPlaceName(head))) return "place";
    if (n > 1 && isPlaceName(tail) && words.slice(0, -1).every((w) => PLACE_PREFIX.has(w))) return "place";
    if (titled) return "person";
    if (isFirstName(head) && n <= 3) return "person";
    if (n === 2 && isLastName(tail)) return "person";
    return null;
  })();
  if (kind) return { first, last, text, kind, titled };
  // Unknown names: a later pass may learn they are surnames; until then, organisations, which
  // is what an unknown capitalised name in business news most often is.
  return { first, last, text, kind: "organization", titled };
}
