// Linguistic cues that separate a checkable statement from opinion, exhortation or questions.
// They are generic (tense, person, modality, mood), never tied to a topic or a data set.
import { lemmaClass, wordClass, type Analysis } from "./nlp";
import type { Segment } from "./segment";
import { hasTag, isComparative, isPastTense, isSuperlative } from "./lexicon";
import { isReportingVerb } from "./attribution";

export interface Features {
  words: number;
  question: boolean;
  /** "I think", "we believe", "I want", "let me": the speaker's own mind, not the world. */
  firstPersonOpinion: boolean;
  /** "I"/"we" as subject of anything. */
  firstPerson: boolean;
  /** "you" as a subject (the audience addressed). */
  secondPerson: boolean;
  /** should, must, ought to, need to, have to: what ought to be, not what is. */
  deontic: boolean;
  /** could, might, may, would, perhaps, maybe. */
  hedge: boolean;
  /** will, 'll, going to, expects to, plans to, is expected to, forecast, projected, set to. */
  future: boolean;
  imperative: boolean;
  conditional: boolean;
  /** A past-tense verb other than a reporting verb ("joined", "opened", "sold"). */
  pastEvent: boolean;
  /** A finite present-tense lexical verb ("sells", "has", "runs"). */
  presentState: boolean;
  /** A present-tense "is/are" statement ("Paylane is the largest …", "There are 40 stores"). */
  copula: boolean;
  /** Token index of a comparative followed by "than" / "as … as", or -1. */
  comparative: number;
  /** Token index of a superlative that ranks something ("the largest", "world's biggest"), or -1. */
  superlative: number;
  /** An evaluative adjective or adverb of degree ("great", "wonderful", "terrible"). */
  evaluative: boolean;
  /** Someone's belief, wish or doubt rather than a fact ("believed", "wondered whether", "wants to"). */
  belief: boolean;
  /** The sentence's words are mostly inside quotation marks: a direct quote, often a view. */
  quoted: boolean;
  /** Three or more words between quotation marks: someone's own words, reported verbatim. */
  directQuote: boolean;
  /** Any word between quotation marks, a single one included ("called Trump “unhinged”"). */
  quotesWords: boolean;
  /** "did not respond to a request for comment", "declined to comment": newsroom boilerplate. */
  noComment: boolean;
  /** Token index of a counterfactual ("would have been", "could have closed"), or -1: what did not happen. */
  counterfactual: number;
  /** Scene-setting: a gesture or a pause ("paused before answering", "went further"), nothing on record. */
  narration: boolean;
  /** A judgement of a party as the predicate: "has been a disappointment", "called the plan reckless", "the mood was upbeat". */
  judgement: boolean;
  /**
   * The judgement is the predicate itself, with no characterising verb: a mood or a verdict noun
   * after "is/was" ("Staff were furious", "The plan has been a disappointment"). No record settles it.
   */
  verdict: boolean;
}

const MENTAL = new Set(["think", "believe", "feel", "want", "hope", "wish", "guess", "suppose", "like", "love", "hate", "know", "understand", "agree", "disagree", "support", "oppose", "intend", "urge", "propose", "expect", "fear", "doubt", "promise", "pledge", "care", "mean", "remember", "say", "tell", "ask", "favor", "favour", "appreciate", "trust", "imagine", "worry", "need", "plan", "would", "will", "'ll", "can", "should", "must", "'d"]);
const BELIEF = new Set(["advise", "urge", "recommend", "think", "believe", "feel", "wonder", "hope", "wish", "want", "doubt", "fear", "guess", "suppose", "imagine", "worry", "consider", "seem", "appear"]);
const DEONTIC = new Set(["should", "must", "ought", "shall"]);
const HEDGE = new Set(["could", "might", "may", "would", "perhaps", "maybe", "possibly", "probably", "'d"]);
const FUTURE_VERBS = new Set(["expect", "plan", "aim", "intend", "forecast", "project", "predict", "target", "hope", "seek"]);
const PREDICTIVE_ADJ = new Set(["expected", "likely", "set", "due", "poised", "projected", "forecast", "slated", "scheduled", "going", "about"]);
const TEMPORAL_SUPERLATIVE = new Set(["recent", "latest", "last", "next", "least", "most", "best", "worst", "finest", "greatest"]);
const EVALUATIVE = new Set([
  "great", "wonderful", "terrible", "horrible", "awful", "good", "bad", "wrong", "right", "best", "worst", "fantastic",
  "amazing", "outrageous", "disgraceful", "ridiculous", "important", "tremendous", "incredible", "shameful", "sad",
  "nice", "beautiful", "strong", "weak", "better", "worse", "proud", "fair", "unfair", "serious", "dangerous",
  "clear", "clearly", "really", "very", "absolutely", "simply", "frankly", "honestly", "truly", "totally", "perfect",
  "powerful", "hard", "difficult", "easy", "excellent", "impressive", "remarkable", "exciting", "huge", "crucial", "vital",
  "bold", "reckless", "cruel", "brave", "foolish", "wise", "naive", "brilliant", "disappointing", "stunning",
  "shocking", "appalling", "disastrous", "misguided", "sensible", "unreasonable", "absurd", "arrogant", "unacceptable",
  "deplorable", "admirable", "laughable", "pathetic", "bizarre", "irresponsible", "reckless", "heartless", "callous",
  "baseless", "dishonest", "disgusting", "offensive", "outlandish", "unfit", "incompetent", "inept", "pointless",
]);
/** How people felt or looked: a mood after "was" is scene-setting, not a record ("The mood was upbeat on Thursday"). */
const MOOD = new Set([
  "upbeat", "tense", "optimistic", "pessimistic", "nervous", "worried", "anxious", "happy", "unhappy", "excited", "relieved",
  "impressed", "unimpressed", "convinced", "unconvinced", "sceptical", "skeptical", "cautious", "calm", "gloomy", "buoyant",
  "sombre", "somber", "subdued", "jubilant", "angry", "furious", "frustrated", "disappointed", "hopeful", "defiant", "confident",
]);
/** Nouns of judgement after "is a": "has been a disappointment", "is an eyesore", "a bold vision". */
const EVALUATIVE_NOUNS = new Set([
  "disappointment", "eyesore", "disaster", "mistake", "failure", "triumph", "shame", "disgrace", "travesty", "embarrassment",
  "joke", "mess", "vision", "gamble", "masterstroke", "blunder", "farce", "fiasco", "nightmare", "miracle", "catastrophe",
  "hero", "villain", "genius", "fool", "liar", "bully", "visionary",
]);
/** Verbs of gesture and pause that tell a scene ("paused before answering", "shrugged"). */
const GESTURE = new Set(["pause", "smile", "laugh", "nod", "shrug", "sigh", "hesitate", "frown", "grin", "wince", "chuckle", "linger", "stare", "glance", "blink", "gesture", "beam"]);
/** A crowd's reaction tells a scene too ("the gallery cheered", "supporters booed"). */
const REACTION = new Set(["cheer", "applaud", "clap", "boo", "jeer", "heckle", "gasp", "weep", "sob"]);
/** Sounds, light and time of day as the subject of a scene: "Applause broke out", "Dusk fell on Monday". */
const SCENE_NOUNS = new Set(["applause", "laughter", "cheers", "cheering", "silence", "dusk", "dawn", "nightfall", "darkness", "sunset"]);
const TIME_OF_DAY = new Set(["morning", "afternoon", "evening", "night", "day"]);
/** Words that mark a jest: what follows was not meant as a statement or an act on record. */
const JEST_ADVERBS = new Set(["jokingly", "half-jokingly", "sarcastically", "mockingly", "teasingly", "facetiously", "wryly", "tongue-in-cheek"]);
const JEST_VERBS = new Set(["joke", "quip", "jest", "wisecrack"]);
/** Verbs that characterise: "called the plan reckless", "described the figures as a disgrace". */
const CHARACTERISE = new Set(["call", "describe", "label", "brand", "dub", "deem", "consider", "find"]);

/** "Silence" in "a minute's silence was held" is an event; only a scene noun that opens its clause sets a scene. */
function opensClause(a: Analysis, i: number, first: number): boolean {
  const prev = a.lower[i - 1] ?? "";
  return i === first || a.pos[i - 1] === "PUNCT" || prev === "as" || prev === "when" || prev === "after" || prev === "before" || prev === "until";
}

/** Weather as the subject of a scene: "Rain hammered on the roof", "A thin fog hung over the square". */
const WEATHER_NOUNS = new Set(["rain", "drizzle", "snow", "sleet", "hail", "wind", "winds", "fog", "mist", "sunshine", "sunlight", "thunder", "lightning", "downpour", "gusts"]);
/** A place or gathering whose look or feel sets a scene: "The chamber was packed", "The mood outside was tense". */
const SETTING_NOUNS = new Set([
  "room", "hall", "chamber", "ballroom", "gallery", "auditorium", "arena", "stadium", "courtroom", "venue", "church", "gym", "gymnasium",
  "square", "street", "streets", "hallway", "corridor", "lobby", "theatre", "theater", "tent", "marquee", "stands", "terraces",
  "crowd", "crowds", "audience", "atmosphere", "air", "mood", "scene", "feeling", "place", "town", "village", "city",
]);
/** What such a place or gathering is like: full or empty, loud or hushed, tense or festive. */
const SETTING_STATES = new Set([
  "packed", "full", "half-full", "half-empty", "crowded", "empty", "quiet", "silent", "hushed", "noisy", "loud", "tense", "electric",
  "festive", "calm", "still", "dark", "cold", "warm", "hot", "stuffy", "sombre", "somber", "subdued", "jubilant", "raucous", "sparse",
  "muted", "heavy", "thick", "deserted", "buzzing", "rowdy", "restless", "lively", "gloomy", "grim", "chaotic", "eerie", "solemn", "humid",
  "freezing", "bright", "sunny", "grey", "gray", "overcast", "wet", "windy",
]);
const SETTING_VERBS = new Set(["be", "remain", "stay", "grow", "fall", "feel", "look", "turn", "become"]);
/** Sounds a crowd makes, as what a scene broke into: "erupted into cheers", "was greeted with boos". */
const REACTION_NOUNS = new Set(["cheers", "cheering", "applause", "boos", "booing", "jeers", "laughter", "chants", "chanting", "gasps", "tears", "ovation", "whoops", "silence"]);
const REACTION_OUTCOME = new Set(["erupt", "burst", "break", "greet", "meet", "dissolve"]);
/** An adjective that forecasts rather than describes ("looks set to", "looked likely to"). */
const NOT_APPEARANCE = new Set(["set", "likely", "unlikely", "poised", "certain", "sure", "able", "ready", "due"]);

/** A noun that opens its clause, perhaps after a determiner and adjectives ("Heavy rain fell", "The packed hall …"). */
function headOpensClause(a: Analysis, i: number, first: number): boolean {
  let k = i - 1;
  // The tagger reads a capitalised first word as a name ("Heavy rain fell").
  while (k >= first && (a.pos[k] === "ADJ" || a.pos[k] === "DET" || a.pos[k] === "ADV" || a.lower[k] === "'s" || (a.pos[k] === "PROPN" && (k === first || a.lower[k + 1] === "'s")))) k--;
  return opensClause(a, k + 1, first);
}

/**
 * Scene-setting in the writer's own words: weather doing something ("Rain hammered on the roof"),
 * what a room, a crowd or the mood was like ("The chamber was packed", "the atmosphere outside grew
 * tense"), a crowd's sound as what the scene broke into ("erupted into cheers", "was greeted with
 * boos"), and how someone looked ("looked crushed"). None of it is on any record.
 */
function sceneSetting(a: Analysis, seg: Segment): boolean {
  for (let i = seg.first; i <= seg.last; i++) {
    const lower = a.lower[i] ?? "";
    const pos = a.pos[i] ?? "";
    if (WEATHER_NOUNS.has(lower) && pos === "NOUN" && headOpensClause(a, i, seg.first) && (a.pos[i + 1] === "VERB" || (a.pos[i + 1] === "AUX" && a.pos[i + 2] === "VERB"))) return true;
    if (SETTING_NOUNS.has(lower) && pos === "NOUN" && headOpensClause(a, i, seg.first)) {
      // "The chamber was packed", "The mood among the staff stayed tense": the state may follow a short phrase.
      for (let k = i + 1; k <= Math.min(seg.last, i + 6); k++) {
        if (!SETTING_VERBS.has(a.lemma[k] ?? "") || (a.pos[k] !== "VERB" && a.pos[k] !== "AUX")) continue;
        let m = k + 1;
        while (m <= seg.last && (a.pos[m] === "ADV" || a.pos[m] === "PART" || a.lower[m] === "about")) m++;
        // "half-full" may come as three tokens.
        if (a.lower[m] === "half" && a.value[m + 1] === "-") m += 2;
        if (SETTING_STATES.has(a.lower[m] ?? "")) return true;
        break;
      }
    }
    if (REACTION_OUTCOME.has(a.lemma[i] ?? "") && pos === "VERB") {
      const p = a.lower[i + 1] ?? "";
      if ((p === "into" || p === "with" || p === "in" || p === "by") && REACTION_NOUNS.has(a.lower[i + 2] ?? "")) return true;
    }
    if (a.lemma[i] === "look" && pos === "VERB") {
      let m = i + 1;
      while (m <= seg.last && a.pos[m] === "ADV") m++;
      const w = a.lower[m] ?? "";
      if ((a.pos[m] === "ADJ" || (a.pos[m] === "VERB" && w.endsWith("ed"))) && !NOT_APPEARANCE.has(w) && a.lower[m + 1] !== "to") return true;
    }
  }
  return false;
}

const SPEECH = new Set(["say", "tell", "announce", "ask", "add"]);
/** Auxiliaries, and relative words whose object precedes the verb ("a plan that economists applaud"). */
const AUX_OR_RELATIVE = new Set(["be", "been", "being", "was", "were", "is", "are", "has", "have", "had", "that", "which", "who", "whom"]);

/**
 * "The gallery cheered as the ruling was read out", "Some in the crowd booed": a reaction with
 * nothing reacted to. One with an object ("booed Trump's answers", "applauded the plan") or
 * beside someone's words ("booed when she said …") records a stance, and stays.
 */
function reactionOnly(a: Analysis, i: number, seg: Segment): boolean {
  const next = a.pos[i + 1] ?? "";
  if (next === "DET" || next === "PROPN" || next === "NOUN" || next === "PRON" || next === "NUM" || a.lower[i + 1] === "for") return false;
  // A passive or perfect ("was booed", "have been applauded by", "have consistently booed") reports a
  // stance over time; after a relative word the object came first ("a plan that economists applaud").
  for (let k = i - 1; k >= seg.first && a.pos[k] !== "PUNCT"; k--) if (AUX_OR_RELATIVE.has(a.lower[k] ?? "")) return false;
  for (let k = seg.first; k <= seg.last; k++) if (SPEECH.has(a.lemma[k] ?? "") && a.pos[k] === "VERB") return false;
  return true;
}

/** "It was a cold, bright morning": the sentence's subject is "it" and the day has only adjectives before it. */
function weatherOfDay(a: Analysis, i: number, first: number): boolean {
  let k = i - 1;
  while (k > first && (a.pos[k] === "ADJ" || a.value[k] === "," || a.lower[k] === "and")) k--;
  if (k === i - 1 || (a.lower[k] !== "a" && a.lower[k] !== "an")) return false;
  return BE_FORMS.has(a.lower[k - 1] ?? "") && a.lower[k - 2] === "it" && k - 2 <= first + 1;
}

export function features(a: Analysis, seg: Segment): Features {
  const f: Features = {
    words: 0, question: false, firstPersonOpinion: false, firstPerson: false, secondPerson: false, deontic: false,
    hedge: false, future: false, imperative: false, conditional: false, pastEvent: false, presentState: false, copula: false,
    comparative: -1, superlative: -1, evaluative: false, belief: false, quoted: false, directQuote: false, quotesWords: false, noComment: false,
    counterfactual: -1, narration: false, judgement: false, verdict: false,
  };
  const last = a.value[seg.last] ?? "";
  const penult = a.value[seg.last - 1] ?? "";
  f.question = last === "?" || (penult === "?" && /^["'”’)]$/.test(last));
  let firstWord = -1;
  let invertedHad = -1;
  for (let i = seg.first; i <= seg.last; i++) {
    const lower = a.lower[i] ?? "";
    const pos = a.pos[i] ?? "";
    const lemma = a.lemma[i] ?? lower;
    // Most tokens are none of the cue words below: one look-up each instead of twenty.
    const cue = (a.cls[i]! & CUE) !== 0;
    if (a.kind[i] === "word" || a.kind[i] === "number") {
      f.words++;
      if (firstWord < 0) firstWord = i;
    }
    if (pos === "PRON") {
      const next = nextVerbLemma(a, i, seg.last);
      if (lower === "i" || lower === "we") {
        f.firstPerson = true;
        if (next && MENTAL.has(next)) f.firstPersonOpinion = true;
      }
      if (lower === "you" && next !== null && a.lower[i + 1] !== "know") f.secondPerson = true;
    }
    if (cue) {
      if (lower === "let" && (a.lower[i + 1] === "me" || a.lower[i + 1] === "us" || a.lower[i + 1] === "'s")) f.firstPersonOpinion = true;
      if (DEONTIC.has(lower) || ((lower === "need" || lower === "needs" || lower === "have" || lower === "has") && a.lower[i + 1] === "to" && a.pos[i + 2] === "VERB")) f.deontic = true;
      // "May 30", "in May 2023": the month, not the modal.
      if (HEDGE.has(lower) && !(a.value[i] === "May" && (i > seg.first || a.pos[i + 1] === "NUM"))) f.hedge = true;
      if (lower === "will" || lower === "'ll" || lower === "wo" || lower === "shall") f.future = true;
      // "expects to sell", and with an object in between: "analysts expect the bank to raise rates".
      if (FUTURE_VERBS.has(lemma) && pos === "VERB" && toVerbWithin(a, i + 1, Math.min(seg.last, i + 6))) f.future = true;
      if (PREDICTIVE_ADJ.has(lower) && a.lower[i + 1] === "to" && a.pos[i + 2] === "VERB" && i > seg.first && BE_FORMS.has(a.lower[i - 1] ?? "")) f.future = true;
      // "Even if …" concedes; it does not make the main clause hypothetical.
      if ((lower === "if" || lower === "unless") && a.lower[i - 1] !== "even" && (i - seg.first <= 2 || a.value[i - 1] === ",")) f.conditional = true;
    }
    if (pos === "VERB" || pos === "AUX") {
      const reporting = isReportingVerb(a, i);
      if (!reporting && pos === "VERB" && isPast(a, i)) f.pastEvent = true;
      if (pos === "AUX" && (lower === "was" || lower === "were") && a.pos[i + 1] !== "VERB") f.pastEvent = true;
      // Perfect aspect: "has been in the Congress", "have cut aid".
      if (lower === "been" && PERFECT_AUX.has(a.lower[i - 1] ?? "")) f.pastEvent = true;
      if ((lower === "is" || lower === "are" || lower === "'s" || lower === "'re") && a.pos[i - 1] !== "SCONJ") f.copula = true;
      if (!reporting && lower.endsWith("s") && lemma !== lower && (pos === "VERB" || lower === "has" || lower === "is")) f.presentState = true;
    }
    // "X can be downloaded", "the app can translate": a capability is a present state of X.
    if (cue && CAPABILITY.has(lower) && pos === "AUX" && (a.pos[i + 1] === "VERB" || (a.pos[i + 1] === "AUX" && a.pos[i + 2] === "VERB"))) f.presentState = true;
    // Taggers read "It updates its software" as a noun; after a subject pronoun, trust the lexicon.
    if (pos === "NOUN" && lower.endsWith("s") && SUBJECT_PRONOUNS.has(a.lower[i - 1] ?? "") && hasTag(lower, "PresentTense")) f.presentState = true;
    const comparativeWord = (a.cls[i]! & COMPARATIVE) !== 0 || lower === "more" || lower === "less" || lower === "fewer" || ((pos === "ADJ" || pos === "ADV") && lower.endsWith("er"));
    if (f.comparative < 0 && comparativeWord) {
      if (a.lower[i + 1] === "than" || a.lower[i + 2] === "than" || a.lower[i + 3] === "than") f.comparative = i;
    }
    if (f.comparative < 0 && lower === "as" && a.lower[i + 2] === "as" && (a.pos[i + 1] === "ADJ" || a.pos[i + 1] === "ADV")) f.comparative = i;
    if (f.superlative < 0 && (a.cls[i]! & RANK_WORD) !== 0 && isRanking(a, i, seg)) f.superlative = i;
    if (i < seg.last && (a.cls[i]! & BE) !== 0 && (predicateAdjective(a, i, seg) || quotedPredicate(a, i, seg))) f.evaluative = true;
    if (!cue) continue;
    if (EVALUATIVE.has(lower) && (pos === "ADJ" || pos === "ADV")) f.evaluative = true;
    // "far too high", "so simple": a degree word before an adjective grades, it does not measure.
    if ((lower === "too" || lower === "so") && a.pos[i + 1] === "ADJ") f.evaluative = true;
    if ((pos === "VERB" && BELIEF.has(lemma)) || lower === "whether") f.belief = true;
    // "would have been saved", "could have closed": a counterfactual, and "Had Verdane kept …," opening one.
    if (f.counterfactual < 0 && COUNTERFACTUAL_MODAL.has(lower) && a.lower[i + 1] === "have" && (a.lower[i + 2] === "been" || (a.pos[i + 2] === "VERB" && lower !== "'d")) && !embedded(a, i, seg.first)) f.counterfactual = i;
    // "Supporters would argue that …", "critics might say …": a supposed speaker, not a statement on record.
    if (f.counterfactual < 0 && SUPPOSING_MODAL.has(lower) && SUPPOSED_SAYING.has(a.lemma[i + 1] ?? "") && !embedded(a, i, seg.first)) f.counterfactual = i;
    if (i === firstWord && lower === "had" && ["PROPN", "NOUN", "PRON", "DET"].includes(a.pos[i + 1] ?? "") && hasCommaAhead(a, i, seg.last)) invertedHad = i;
    if (pos === "VERB" && (GESTURE.has(lemma) || (REACTION.has(lemma) && reactionOnly(a, i, seg)))) f.narration = true;
    if (SCENE_NOUNS.has(lower) && (a.pos[i + 1] === "VERB" || a.pos[i + 2] === "VERB") && opensClause(a, i, seg.first)) f.narration = true;
    // "It was a cold, bright morning"; "was in an expansive mood", "in good spirits".
    if (TIME_OF_DAY.has(lower) && weatherOfDay(a, i, seg.first)) f.narration = true;
    if ((lower === "mood" || lower === "spirits") && a.lower[i - 1] !== "the" && (a.lower[i - 2] === "in" || a.lower[i - 3] === "in")) f.narration = true;
    // "jokingly offered him a job", "joked that the plant would be his": said or done in jest, not on record.
    if (JEST_ADVERBS.has(lower) || (pos === "VERB" && JEST_VERBS.has(lemma)) || (lower === "in" && a.lower[i + 1] === "jest")) f.narration = true;
    if (lemma === "go" && a.lower[i + 1] === "further" && (i + 2 > seg.last || a.pos[i + 2] === "PUNCT")) f.narration = true;
    const verdict = (MOOD.has(lower) && BE_FORMS.has(a.lower[i - 1] ?? "")) || (EVALUATIVE_NOUNS.has(lower) && pos === "NOUN" && judgedAfterBe(a, i, seg.first));
    if (verdict || (pos === "VERB" && CHARACTERISE.has(lemma) && characterises(a, i, seg.last))) {
      f.judgement = true;
      f.evaluative = true;
      if (verdict) f.verdict = true;
    }
  }
  if (!f.narration && sceneSetting(a, seg)) f.narration = true;
  // "Had Verdane kept its plant, …" without a modal after it still supposes: the condition is the marker.
  if (f.counterfactual < 0 && invertedHad >= 0) f.counterfactual = invertedHad;
  f.noComment = noComment(a, seg);
  const share = quotedShare(a, seg);
  f.quoted = share.share > 0.6;
  f.directQuote = share.quotedWords >= 3;
  f.quotesWords = share.quotedWords > 0;
  if (firstWord >= 0) {
    const w = a.lower[firstWord] ?? "";
    f.imperative = a.pos[firstWord] === "VERB" && a.lemma[firstWord] === w && !/(ed|ing)$/.test(w) && !f.question;
  }
  return f;
}

/**
 * "The numbers are staggering", "The guide was cheerful about everything": an adjective as the
 * whole predicate of a finite "is/was" characterises its subject; it reports nothing a record
 * could confirm ("will be eligible" predicts a checkable state, so "be" itself does not count).
 */
function predicateAdjective(a: Analysis, i: number, seg: Segment): boolean {
  if (a.lower[i] === "be" || a.pos[i] !== "AUX") return false;
  let k = i + 1;
  while (k <= seg.last && (a.pos[k] === "ADV" || a.pos[k] === "PART")) k++;
  if (a.pos[k] !== "ADJ" || /^\d/.test(a.value[k] ?? "") || FACTUAL_ADJ.has(a.lower[k] ?? "")) return false;
  const after = a.value[k + 1] ?? ".";
  return k + 1 > seg.last || [".", ",", ";", "!", "and", "but", "—", "--"].includes(after.toLowerCase());
}

/** "Fans are “Open, Transparent, and Sincere”", "was “clearly world-standard”": a predicate in the speaker's own words characterises; it does not report. */
function quotedPredicate(a: Analysis, i: number, seg: Segment): boolean {
  return OPEN_QUOTE.has(a.value[i + 1] ?? "") && quotedWordsOnly(a, i + 2, seg.last);
}

const COUNTERFACTUAL_MODAL = new Set(["would", "could", "might", "should", "'d"]);
const SUPPOSING_MODAL = new Set(["would", "could", "might", "may"]);
const SUPPOSED_SAYING = new Set(["argue", "say", "object", "counter", "contend", "insist", "complain", "reply"]);

/** A modal inside a relative or reported clause ("a plan that would have cut …", "said he would have …") supposes nothing about the sentence's own claim. */
function embedded(a: Analysis, i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 10); k--) {
    const w = a.lower[k] ?? "";
    // "if"/"unless" frame the counterfactual itself; they do not embed it.
    if (w === "if" || w === "unless" || w === ";") return false;
    if (w === "that" || w === "which" || w === "who" || w === "whatever" || a.pos[k] === "SCONJ" || isReportingVerb(a, k)) return true;
  }
  return false;
}

function hasCommaAhead(a: Analysis, i: number, last: number): boolean {
  for (let k = i + 1; k <= Math.min(last, i + 12); k++) if (a.value[k] === ",") return true;
  return false;
}

/** An evaluative word or a short quoted phrase in the clause after a characterising verb. */
function characterises(a: Analysis, v: number, last: number): boolean {
  // "called for an audit", "called on the board to …": a demand, not a characterisation.
  if (a.pos[v + 1] === "ADP" || a.pos[v + 1] === "PART" || a.pos[v + 1] === "ADV") return false;
  for (let k = v + 1; k <= Math.min(last, v + 10); k++) {
    const w = a.lower[k] ?? "";
    if (w === "," || w === ";" || w === "that" || a.pos[k] === "VERB") return false;
    if ((EVALUATIVE.has(w) && (a.pos[k] === "ADJ" || a.pos[k] === "ADV")) || EVALUATIVE_NOUNS.has(w) || MOOD.has(w)) return true;
    if (OPEN_QUOTE.has(a.value[k] ?? "")) return true;
  }
  return false;
}

/** "is a disappointment", "has been a bold vision": the noun closes an indefinite phrase after a form of "be". */
function judgedAfterBe(a: Analysis, i: number, first: number): boolean {
  let k = i - 1;
  while (k > first && (a.pos[k] === "ADJ" || a.pos[k] === "ADV")) k--;
  if (a.lower[k] !== "a" && a.lower[k] !== "an") return false;
  const be = a.lower[k - 1] ?? "";
  return BE_FORMS.has(be) || be === "been" || be === "remains" || be === "became";
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "it"]);
/** Adjectives that state a checkable condition, not a judgement ("safe", "eligible", "bankrupt"). */
const FACTUAL_ADJ = new Set([
  "safe", "unsafe", "effective", "ineffective", "available", "unavailable", "eligible", "ineligible", "free", "open", "closed",
  "legal", "illegal", "mandatory", "optional", "required", "responsible", "liable", "bankrupt", "profitable", "unprofitable",
  "vaccinated", "unvaccinated", "infected", "dead", "alive", "pregnant", "unemployed", "employed", "positive", "negative",
  "approved", "public", "private", "independent", "married", "single", "pending", "valid", "invalid", "banned", "contagious",
  "immune", "compulsory", "active", "inactive", "insolvent", "solvent", "due", "late", "empty", "full", "sold", "missing",
]);
const CAPABILITY = new Set(["can", "cannot", "ca"]);
const BE_FORMS = new Set(["is", "are", "was", "were", "'s", "'re", "be"]);
const PERFECT_AUX = new Set(["has", "have", "had", "'s", "'ve"]);
const NOT_PAST_BEFORE = new Set(["is", "are", "be", "been", "being", "to"]);
const RANK_DOMAIN = new Set(["in", "of", "among", "ever", "since", "on"]);
const ORDINAL_SUPERLATIVE = /^(second|third|fourth|fifth)-?(largest|biggest|highest|lowest)$/;
const OPEN_QUOTE = new Set(["“", "\"", "‘"]);
const CLOSE_QUOTE = new Set(["”", "\"", "’"]);

const NO_COMMENT_VERBS = new Set(["respond", "reply", "comment", "confirm", "elaborate", "say"]);

/** "did not (immediately) respond to a request for comment", "declined to comment", "could not be reached". */
function noComment(a: Analysis, seg: Segment): boolean {
  for (let i = seg.first; i <= seg.last; i++) {
    const w = a.lower[i] ?? "";
    if ((w === "declined" || w === "refused") && a.lower[i + 1] === "to" && NO_COMMENT_VERBS.has(a.lemma[i + 2] ?? "")) return true;
    if ((w === "not" || w === "n't") && NO_COMMENT_VERBS.has(a.lemma[i + 1] ?? "") && (a.lower[i + 2] === "to" || a.lower[i + 2] === "on" || i + 2 > seg.last || a.value[i + 2] === ".")) return true;
    if ((w === "not" || w === "n't") && a.lower[i + 1] === "immediately" && NO_COMMENT_VERBS.has(a.lemma[i + 2] ?? "")) return true;
    if (w === "could" && a.lower[i + 1] === "not" && a.lower[i + 2] === "be" && a.lower[i + 3] === "reached") return true;
  }
  return withheld(a, seg);
}

const WITHHOLD_VERBS = new Set(["discuss", "disclose", "specify", "reveal", "name", "identify", "detail", "say", "give"]);
const WH_WORDS = new Set(["which", "how", "whether", "what", "when", "who", "where", "why"]);

/**
 * "declined to discuss pricing", "did not say which branches might close", "would not disclose how
 * much it paid": what someone withheld is no record of anything, unless the sentence also states
 * a figure ("declined to discuss pricing but said sales rose 4%").
 */
function withheld(a: Analysis, seg: Segment): boolean {
  let found = false;
  for (let i = seg.first; i <= seg.last; i++) {
    if (a.kind[i] === "number") return false;
    const w = a.lower[i] ?? "";
    const verb = a.lemma[i + 2] ?? "";
    if ((w === "declined" || w === "refused" || w === "declines" || w === "refuses") && a.lower[i + 1] === "to" && WITHHOLD_VERBS.has(verb)) found = true;
    if ((w === "not" || w === "n't") && WITHHOLD_VERBS.has(a.lemma[i + 1] ?? "") && WH_WORDS.has(a.lower[i + 2] ?? "")) found = true;
  }
  return found;
}

/** Up to the closing quote, descriptive words only ("Open, Transparent, and Sincere"), no verb ("Don't be evil"). */
function quotedWordsOnly(a: Analysis, from: number, last: number): boolean {
  for (let k = from; k <= last && !CLOSE_QUOTE.has(a.value[k] ?? ""); k++) {
    if (a.pos[k] === "VERB" || a.pos[k] === "AUX" || a.pos[k] === "PART") return false;
  }
  return true;
}

function toVerbWithin(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (a.lower[k] === "to" && a.pos[k + 1] === "VERB") return true;
    if (CLAUSE_BREAKS.has(a.value[k] ?? "")) return false;
  }
  return false;
}

const CLAUSE_BREAKS = new Set([",", ";", ":", ".", "--", "–", "—"]);

/** How many of the sentence's words sit between quotation marks, and what share they are. */
function quotedShare(a: Analysis, seg: Segment): { share: number; quotedWords: number } {
  let inside = false;
  let quoted = 0;
  let words = 0;
  for (let i = seg.first; i <= seg.last; i++) {
    const v = a.value[i] ?? "";
    const mark = (a.cls[i]! & QUOTE_MARK) !== 0;
    if (mark && !inside && OPEN_QUOTE.has(v) && (v !== "\"" || a.start[i + 1] === a.end[i])) inside = true;
    else if (mark && inside && CLOSE_QUOTE.has(v) && (v !== "’" || a.kind[i + 1] !== "word")) inside = false;
    else if (a.kind[i] === "word") {
      words++;
      if (inside) quoted++;
    }
  }
  return { share: words ? quoted / words : 0, quotedWords: quoted };
}

function nextVerbLemma(a: Analysis, i: number, limit: number): string | null {
  for (let k = i + 1; k <= Math.min(limit, i + 3); k++) {
    const pos = a.pos[k];
    if (pos === "VERB" || pos === "AUX") return a.lemma[k] === "will" ? "will" : (a.lower[k] === "'d" ? "'d" : (a.lemma[k] ?? null));
    if (pos !== "ADV" && pos !== "PART") return null;
  }
  return null;
}

/** Past tense from compromise's lexicon of past forms, or a regular "-ed" form wink lemmatised. */
function isPast(a: Analysis, i: number): boolean {
  const lower = a.lower[i] ?? "";
  const prev = a.lower[i - 1] ?? "";
  // "has rattled", "was sold": participles after an auxiliary count as past when the aux is past/perfect.
  if (NOT_PAST_BEFORE.has(prev)) return false;
  if ((a.cls[i]! & PAST_TENSE) !== 0) return true;
  return lower.endsWith("ed") && a.lemma[i] !== lower;
}

/** "the largest", "world's biggest", "top", "No. 1", "third-largest": a rank, not a mood. */
function isRanking(a: Analysis, i: number, seg: Segment): boolean {
  const lower = a.lower[i] ?? "";
  const prev = a.lower[i - 1] ?? "";
  const prev2 = a.lower[i - 2] ?? "";
  if (lower === "no." && a.value[i + 1] === "1") return true;
  // Cheap spelling gate first: this runs on every token.
  if (!lower.endsWith("est") && lower !== "most" && lower !== "least" && lower !== "top") return false;
  const sup = isSuperlative(lower) || (lower === "most" && a.pos[i + 1] === "ADJ") || ORDINAL_SUPERLATIVE.test(lower);
  if (!sup) return false;
  if (TEMPORAL_SUPERLATIVE.has(lower) && !(prev === "'s" || prev2 === "'s")) return false;
  if (lower === "most" && TEMPORAL_SUPERLATIVE.has(a.lower[i + 1] ?? "")) return false;
  const determined = prev === "the" || prev === "'s" || prev === "its" || prev === "their" || prev2 === "the" || /-$/.test(prev);
  if (!determined) return false;
  // A rank needs a domain: "in the world", "of all", "among", "ever", or a noun it ranks.
  for (let k = i + 1; k <= Math.min(seg.last, i + 5); k++) {
    const w = a.lower[k] ?? "";
    if (RANK_DOMAIN.has(w)) return true;
  }
  return prev === "'s";
}

// Every word or lemma one of the per-token cues in `features` looks for: a token outside both sets
// skips those checks (they were a third of the extractor's own time in `features`).
const CUE_WORDS = new Set([
  "let", "need", "needs", "have", "has", "will", "'ll", "wo", "shall", "if", "unless", "too", "so", "whether", "had", "mood", "spirits", "in",
  ...DEONTIC, ...JEST_ADVERBS, ...HEDGE, ...PREDICTIVE_ADJ, ...CAPABILITY, ...EVALUATIVE, ...COUNTERFACTUAL_MODAL, ...SUPPOSING_MODAL,
  ...SCENE_NOUNS, ...TIME_OF_DAY, ...MOOD, ...EVALUATIVE_NOUNS,
]);
const CUE_LEMMAS = new Set(["go", ...JEST_VERBS, ...FUTURE_VERBS, ...BELIEF, ...GESTURE, ...REACTION, ...CHARACTERISE]);
const CUE = wordClass((w) => CUE_WORDS.has(w)) | lemmaClass((lemma) => CUE_LEMMAS.has(lemma));
const BE = wordClass((w) => BE_FORMS.has(w));
// compromise's lexicon, asked on every verb and every "-er" word: kept with the token text.
const PAST_TENSE = wordClass(isPastTense);
const COMPARATIVE = wordClass(isComparative);
/** The only words `isRanking` can accept: its spelling gate, asked once per token text. */
const RANK_WORD = wordClass((w) => w === "no." || w.endsWith("est") || w === "most" || w === "least" || w === "top");
/** Quotation marks (they have no case): `quotedShare` looks closer only at these. */
const QUOTE_MARK = wordClass((w) => OPEN_QUOTE.has(w) || CLOSE_QUOTE.has(w));
