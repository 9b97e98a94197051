// Reported speech: "Barra said (that) …", "…, he states", "…,” says Barra", "…, according to
// Mr. Barra". A frame gives the speaker and cue for the claim and tells normalisation which
// words to drop, so the claim text is the reported content, not the act of reporting it.
import { lemmaClass, type Analysis } from "./nlp";
import type { Segment } from "./segment";
import { hasTag } from "./lexicon";

export interface Frame {
  cue: string;
  /** The cue only ever reports speech ("said", "told"): whatever its subject is, it is the source. */
  speech?: boolean;
  /** Token span of the speaker phrase (inclusive); -1 when none was found. */
  speakerFirst: number;
  speakerLast: number;
  /** Token span to drop from the claim text (frame plus its commas). */
  dropFirst: number;
  dropLast: number;
  /**
   * A frame inside a subordinate or relative clause ("…, when he said the plant had closed",
   * "Ruiz, who said the plant had closed, …"): it sources only the claims in this content span,
   * never the sentence. `asWritten` is the relative pronoun when the source is an antecedent.
   */
  embedded?: { first: number; last: number; asWritten?: string };
}

const REPORTING = new Set([
  "say", "tell", "state", "add", "explain", "reveal", "claim", "announce", "report", "note", "argue", "admit", "insist",
  "estimate", "confirm", "write", "warn", "deny", "acknowledge", "suggest", "predict", "disclose", "assert", "maintain",
  "contend", "concede", "testify", "tweet", "post", "show", "find", "conclude", "emphasize", "stress", "reiterate",
  // Learned from PolNeAR's training split: cues its annotators marked that the list above missed.
  "observe", "recall", "allege", "complain", "boast", "joke", "quip", "declare", "proclaim", "recount", "reply", "respond",
  "agree", "charge", "accuse", "signal", "hint", "indicate", "propose", "demand", "urge", "vow", "pledge", "promise",
  "describe", "remind", "caution",
  // Fifth pass: a statement made again ("repeated that …", "echoed the claim that …").
  "repeat", "echo",
]);
/** Asked on every verb: answered from the token's word classes (see `lemmaClass`). */
const REPORTING_LEMMA = lemmaClass((lemma) => REPORTING.has(lemma));
const PERFECT = new Set(["has", "have", "had", "'ve", "’ve"]);
/** Words for a share of a group opening a source ("Some say …", "Most of them said …"). */
const SHARE_HEADS = new Set(["some", "many", "most", "others", "few", "several", "both", "all", "half", "none"]);
/** Verbs that only ever report speech; the others ("reported revenue", "showed growth") may take a plain object. */
const SPEECH_ONLY = new Set(["say", "tell", "add", "explain", "argue", "insist", "write", "tweet", "contend", "concede", "testify", "stress", "emphasize", "reiterate", "assert"]);
const SPEAKER_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "PART", "NUM"]);
const SPEAKER_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "officials"]);
const WHEN_PHRASE = new Set(["last", "this", "earlier", "later", "next", "year", "week", "month", "weekend", "night", "morning", "afternoon", "evening", "quarter", "spring", "summer", "autumn", "winter"]);
const WHEN = new Set(["on", "today", "yesterday", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const POSSESSIVE = new Set(["its", "his", "her", "their", "our"]);
const BREAK = new Set([",", ";", ":", "--", "–", "—", "”", "\"", "’", "'", "(", ")"]);

const MODIFIER_WORDS = new Set(["of", "with", "for", "at", "to", "familiar", "close", "from", "in", "on"]);
/** "About 4 in 10 say", "Nearly half of voters said": words that qualify a share at the head of a source. */
const SHARE_QUALIFIERS = new Set(["about", "nearly", "almost", "roughly", "some", "over", "only", "around", "just"]);

/** A preposition or "familiar"/"close" joining the words of a source phrase. */
function speakerModifier(a: Analysis, k: number): boolean {
  return MODIFIER_WORDS.has(a.lower[k] ?? "") && SPEAKER_POS.has(a.pos[k - 1] ?? "") || (a.lower[k] === "to" && a.lower[k - 1] === "close");
}

/** A hyphen inside a name ("Solvik-Olsen"), with no space on either side. */
function glued(a: Analysis, k: number): boolean {
  return a.value[k] === "-" && a.end[k - 1] === a.start[k] && a.end[k] === a.start[k + 1];
}

/** The possessive mark after a name ending in s ("Sanders’ campaign"), glued to the name. */
function possessiveMark(a: Analysis, k: number): boolean {
  // Also after a plural noun: "the teachers' union".
  const owner = a.pos[k - 1] === "PROPN" || (a.pos[k - 1] === "NOUN" && /s$/.test(a.lower[k - 1] ?? ""));
  return (a.value[k] === "’" || a.value[k] === "'") && a.end[k - 1] === a.start[k] && owner && a.end[k] !== a.start[k + 1];
}

export function isReportingVerb(a: Analysis, i: number): boolean {
  return (a.pos[i] === "VERB" || a.pos[i] === "AUX") && (a.cls[i]! & REPORTING_LEMMA) !== 0;
}

/**
 * A reporting verb the tagger read as a noun after its subject ("Okafor notes that …", "…, city
 * records show."): a verb form of a reporting lemma after a noun, name or pronoun, before
 * "that", the end of the clause, or (an -s form after a name) the content's first word.
 */
/** "pointed out that …", "spelled out", "laid out": a verb and particle that report. */
const PHRASAL_REPORTING = new Set(["point", "spell", "lay"]);
function phrasalReporting(a: Analysis, i: number): boolean {
  return a.pos[i] === "VERB" && PHRASAL_REPORTING.has(a.lemma[i] ?? "") && a.lower[i + 1] === "out";
}

function mistaggedReportingVerb(a: Analysis, seg: Segment, i: number): boolean {
  if (a.pos[i] !== "NOUN" || i === seg.first || (a.cls[i]! & REPORTING_LEMMA) === 0) return false;
  const prev = a.pos[i - 1] ?? "";
  // "Polls show Ruiz ahead", "Some say they …": a base form after a plural subject or a share
  // opening the clause, before the content's subject.
  const opening = i - 1 === seg.first || a.pos[i - 2] === "CCONJ" || a.value[i - 2] === ",";
  const plural = (prev === "NOUN" || prev === "PROPN") && /[^s]s$/.test(a.lower[i - 1] ?? "");
  const some = SHARE_HEADS.has(a.lower[i - 1] ?? "") && opening;
  if (!/s$/.test(a.lower[i] ?? "") && (plural || some) && ["PRON", "PROPN", "DET"].includes(a.pos[i + 1] ?? "")) return true;
  // "Six in 10 say …": a share of those polled before the verb.
  const share = prev === "NUM" && a.lower[i - 2] === "in";
  if (prev !== "PROPN" && prev !== "NOUN" && prev !== "PRON" && !share) return false;
  if (share && ["PRON", "DET", "PROPN", "SCONJ"].includes(a.pos[i + 1] ?? "")) return true;
  const next = a.value[i + 1] ?? ".";
  if (a.lower[i + 1] === "that" || ((next === "." || next === ",") && i + 1 >= seg.last - 1)) return true;
  if (next === "," && BREAK.has(a.value[i - 2] ?? "")) return true;
  return prev === "PROPN" && /s$/.test(a.lower[i] ?? "") && ["DET", "PRON", "PROPN"].includes(a.pos[i + 1] ?? "");
}

/** A figure or year among the tokens: that clause has claims of its own. */
function hasNumber(a: Analysis, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (a.pos[k] === "NUM" || a.kind[k] === "number") return true;
  return false;
}

function hasVerb(a: Analysis, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (a.pos[k] === "VERB" || a.pos[k] === "AUX") return true;
  return false;
}

/** Heads of a headline source before a colon ("Poll: …", "Police: …"), besides names. */
const COLON_SOURCES = new Set(["poll", "survey", "report", "study", "police", "officials", "newspaper", "camp", "campaign", "sources", "aides", "court", "prosecutors", "data"]);

const POLL_HEADS = new Set(["poll", "survey", "study", "report", "analysis", "audit", "census", "tally", "count"]);

/**
 * "In an NBC News poll released Monday, 50 percent chose …", "In the latest Gazette survey, …":
 * an opening phrase naming a poll or study is the source of the sentence.
 */
function pollOpener(a: Analysis, seg: Segment): Frame | null {
  if (a.lower[seg.first] !== "in" || !["DET", "PRON"].includes(a.pos[seg.first + 1] ?? "")) return null;
  let head = -1;
  let k = seg.first + 1;
  for (; k <= Math.min(seg.last - 3, seg.first + 14) && a.value[k] !== ","; k++) {
    if (POLL_HEADS.has(a.lower[k] ?? "") && (a.pos[k] === "NOUN" || a.pos[k] === "PROPN")) head = k;
    else if (head < 0 && (a.pos[k] === "AUX" || (a.pos[k] === "VERB" && !/ed$/.test(a.lower[k] ?? "")))) return null;
  }
  if (head < 0 || a.value[k] !== ",") return null;
  return { cue: "in", speakerFirst: seg.first + 1, speakerLast: head, dropFirst: seg.first, dropLast: k };
}

/** "Poll: Lund leads by 12 points", "Harlow camp: the plan is unaffordable": a headline's source. */
function colonFrame(a: Analysis, seg: Segment): Frame | null {
  let k = seg.first;
  while (k <= seg.first + 4 && k < seg.last && a.value[k] !== ":") {
    if (!["PROPN", "NOUN", "DET", "ADJ"].includes(a.pos[k] ?? "") && !/^[A-Z]/.test(a.value[k] ?? "")) return null;
    k++;
  }
  if (a.value[k] !== ":" || k === seg.first || k + 3 > seg.last) return null;
  const head = k - 1;
  if (a.pos[head] !== "PROPN" && !COLON_SOURCES.has(a.lower[head] ?? "")) return null;
  for (let j = k + 1; j <= seg.last; j++) {
    if (a.pos[j] === "VERB" || a.pos[j] === "AUX") return { cue: ":", speakerFirst: seg.first, speakerLast: head, dropFirst: seg.first, dropLast: k };
  }
  return null;
}

export function findFrames(a: Analysis, seg: Segment): Frame[] {
  const frames: Frame[] = [];
  const colon = colonFrame(a, seg);
  if (colon) frames.push(colon);
  const poll = pollOpener(a, seg);
  if (poll) frames.push(poll);
  for (let i = seg.first; i <= seg.last; i++) {
    const lower = a.lower[i] ?? "";
    if (lower === "according" && a.lower[i + 1] === "to") {
      const f = accordingTo(a, seg, i);
      if (f) frames.push(f);
      continue;
    }
    if (!isReportingVerb(a, i) && !mistaggedReportingVerb(a, seg, i) && !phrasalReporting(a, i)) continue;
    const f = verbFrame(a, seg, i);
    if (f) frames.push(f);
  }
  return frames;
}

function accordingTo(a: Analysis, seg: Segment, i: number): Frame {
  let j = i + 2;
  // The tagger reads some source heads as verbs ("people"): only a later verb ends the phrase.
  while (j <= seg.last && !BREAK.has(a.value[j] ?? "") && a.value[j] !== "." && (j === i + 2 || /^[A-Z]/.test(a.value[j] ?? "") || (a.pos[j] !== "VERB" && a.pos[j] !== "AUX"))) j++;
  let dropFirst = i;
  if (a.value[i - 1] === ",") dropFirst = i - 1;
  const speakerLast = j - 1;
  let dropLast = speakerLast;
  if (a.value[j] === "," && dropFirst === i) dropLast = j;
  return { cue: "according to", speakerFirst: i + 2, speakerLast, dropFirst, dropLast };
}

function verbFrame(a: Analysis, seg: Segment, v: number): Frame | null {
  // "a fact first reported by the Ledger": a passive participle; its source is the "by" phrase, not what precedes it.
  if (a.lower[v + 1] === "by" && /ed$/.test(a.lower[v] ?? "")) return null;
  const cue = (a.value[v]?.toLowerCase() ?? "") + (phrasalReporting(a, v) ? " out" : "");
  // Speaker before the verb: "Barra said", "Forrester analyst Bryan Wang says", "he also states".
  let k = v - 1;
  while (k >= seg.first && a.pos[k] === "ADV") k--;
  // "Farm economists have said …", "Ruiz has long argued …": a perfect auxiliary between source and verb.
  if (k > seg.first && a.pos[k] === "AUX" && PERFECT.has(a.lower[k] ?? "")) {
    k--;
    while (k >= seg.first && a.pos[k] === "ADV") k--;
  }
  // "Most of them said", "Two of us say": a share of a group named by a pronoun.
  const group = (a.lower[k] === "them" || a.lower[k] === "us" || a.lower[k] === "those") && a.lower[k - 1] === "of" && k - 2 >= seg.first && (SHARE_HEADS.has(a.lower[k - 2] ?? "") || a.pos[k - 2] === "NUM") ? k : -1;
  if (group >= 0) k -= 2;
  // "Hillary Clinton on Tuesday said", "Clinton Tuesday said": when, between the source and the verb.
  if (hasTag(a.value[k] ?? "", "WeekDay") || WHEN.has(a.lower[k] ?? "")) {
    let w = k;
    if (a.lower[w - 1] === "on") w--;
    if (a.pos[w - 1] === "PROPN" || a.pos[w - 1] === "NOUN") k = w - 1;
  }
  // "Rep. Hank Orr (D-Ga.) said": a party label between the name and the verb.
  if (a.value[k] === ")") {
    const o = partyLabelStart(a, k, seg.first);
    if (o >= 0 && a.pos[o - 1] === "PROPN") k = o - 1;
  }
  const speakerLast = group >= 0 ? group : k;
  // A capitalised word counts whatever its tag ("Sen. Ted/VERB Cruz says").
  // So does a participle inside the phrase ("registered voters") and a percent sign ("74% of voters").
  const named = (i: number) =>
    (/^[A-Z]/.test(a.value[i] ?? "") && a.kind[i] === "word") ||
    (a.pos[i] === "VERB" && /ed$/.test(a.lower[i] ?? "") && a.pos[i + 1] === "NOUN" && i !== v - 1) ||
    // "A state audit released Tuesday says": a participle between a noun and a date.
    (a.pos[i] === "VERB" && /ed$/.test(a.lower[i] ?? "") && a.pos[i - 1] === "NOUN" && TIME_WORDS.test(a.value[i + 1] ?? "") && i + 1 < v) ||
    a.value[i] === "%";
  while (k >= seg.first && (SPEAKER_POS.has(a.pos[k] ?? "") || named(k) || POSSESSIVE.has(a.lower[k] ?? "") || glued(a, k) || possessiveMark(a, k) || (a.value[k] === "." && a.pos[k - 1] === "PROPN"))) k--;
  // "people familiar with the matter said", "a spokesman for the ministry said": a modifier
  // inside the source phrase, when the phrase opens the sentence.
  // "Seventy-four percent of registered voters say", "But 16 percent of voters say".
  for (let m = k; m >= seg.first && speakerModifier(a, m); ) {
    let n = m - 1;
    while (n >= seg.first && (SPEAKER_POS.has(a.pos[n] ?? "") || POSSESSIVE.has(a.lower[n] ?? "") || glued(a, n) || (named(n) && a.pos[n] !== "CCONJ" && a.pos[n] !== "SCONJ"))) n--;
    if (opensClause(a, seg, n)) {
      k = n;
      break;
    }
    if (!speakerModifier(a, n)) break;
    m = n;
  }
  if (k >= seg.first && SHARE_QUALIFIERS.has(a.lower[k] ?? "") && (a.pos[k + 1] === "NUM" || a.lower[k + 1] === "half")) k--;
  let speakerFirst = k + 1;
  // "As the Ledger reported", "When Ruiz said": a capitalised subordinating word is not the source's.
  while (speakerFirst < speakerLast && (SUBORDINATE.has(a.lower[speakerFirst] ?? "") || a.lower[speakerFirst] === "as")) speakerFirst++;
  if (speakerFirst > speakerLast && SPEAKER_PRONOUNS.has(a.lower[speakerLast] ?? "")) speakerFirst = speakerLast;
  // "Nadia Farr and Tom Ide say": two names joined by "and" are one source, when the first
  // opens the clause (otherwise "… in March and analysts say" would take "March" along).
  if (a.lower[speakerFirst - 1] === "and" && a.pos[speakerFirst - 2] === "PROPN") {
    let n = speakerFirst - 2;
    while (n - 1 >= seg.first && (a.pos[n - 1] === "PROPN" || (a.value[n - 1] === "." && a.pos[n - 2] === "PROPN"))) n--;
    if (opensClause(a, seg, n - 1)) speakerFirst = n;
    // "…, the Orlund Climate and Energy Agency said …": one name with "and" inside, after a clause mark.
    else if (a.pos[n - 1] === "DET" && (a.value[n - 2] === "," || a.value[n - 2] === "”") && /^[A-Z]/.test(a.value[speakerFirst] ?? "")) speakerFirst = n - 1;
  }
  // "a level that analysts have long argued is too low": a relative clause, not a source phrase.
  for (let r = speakerFirst + 1; r <= speakerLast; r++) if (a.lower[r] === "that" || a.lower[r] === "which") return null;
  const hasSpeaker = speakerFirst <= speakerLast && speakerLast >= seg.first;
  const before = speakerFirst - 1;
  const phrasal = phrasalReporting(a, v);
  const speech = SPEECH_ONLY.has(a.lemma[v] ?? "") || phrasal;
  // "took to Twitter to say <clause>": content must be a clause ("promised to explain the budget" has an object).
  if (a.lower[v - 1] === "to") return speech && a.lower[v + 1] !== "to" && reportsSpeech(a, seg, v) && v + 3 <= seg.last ? sharedSubjectFrame(a, seg, v, cue, speech) : null;
  const embedded = embeddedFrame(a, seg, v, cue, speech, hasSpeaker ? speakerFirst : -1, speakerLast);
  if (embedded) return embedded;
  if (hasSpeaker && opensClause(a, seg, before) && (speech || reportsSpeech(a, seg, v))) {
    // Prefix frame: "Barra said (on Tuesday) (that) <content>". "Veltra reported revenue of …"
    // has a plain object instead: the company did something, nobody is being quoted.
    // "it told 140 employees that their jobs were gone": a figure in the addressee makes the telling the event.
    if (a.lemma[v] === "tell" && a.pos[v + 1] === "NUM") return null;
    const dropLast = frameEnd(a, seg, v, phrasal);
    // Nothing left after the frame: not a prefix frame ("Record profits, analysts say." is trailing).
    // "Pike told reporters:" ending the line: the quotation that follows is the content.
    const colon = a.value[seg.last] === ":" && seg.last - v <= 8 && !hasVerb(a, v + 1, seg.last);
    // "The bank raised its rate to 5%, and Governor X has said more rises may follow": after a
    // clause of the reporter's own with figures of its own, the frame sources only what follows it.
    if (!colon && dropLast < seg.last - 2 && before > seg.first && a.pos[before] === "CCONJ" && hasVerb(a, seg.first, before - 1) && hasNumber(a, seg.first, before - 1) && hasVerb(a, dropLast + 1, seg.last)) {
      let last = seg.last;
      while (last > dropLast + 1 && (a.value[last] === "." || a.value[last] === "!" || a.value[last] === "?" || a.value[last] === "”" || a.value[last] === '"')) last--;
      return { cue, speech: true, speakerFirst, speakerLast, dropFirst: before, dropLast, embedded: { first: dropLast + 1, last } };
    }
    if (dropLast < seg.last - 2 || colon) return { cue, speech, speakerFirst, speakerLast, dropFirst: Math.max(seg.first, before < seg.first ? seg.first : speakerFirst), dropLast: colon ? seg.last : dropLast };
    if (before < seg.first || a.pos[before] === "SCONJ") return null;
  }
  if (hasSpeaker && BREAK.has(a.value[before] ?? "") && (phrasal || reportsSpeech(a, seg, v))) {
    // Trailing or parenthetical frame: "<content>, he states[, …]" / "<content>,” Barra says" / "…,” he points out".
    let dropFirst = before;
    while (dropFirst - 1 >= seg.first && BREAK.has(a.value[dropFirst - 1] ?? "")) dropFirst--;
    let dropLast = phrasal ? v + 1 : v;
    if (a.value[v + 1] === ",") dropLast = v + 1;
    // "…,” Marsh told a crowd in Dayton on Tuesday.": the addressee and the setting go with the frame.
    else if (a.lemma[v] === "tell" && quotationBefore(a, seg, v)) {
      let j = v + 1;
      while (j <= seg.last && j - v < 9 && (["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"].includes(a.pos[j] ?? "") || a.value[j] === "’s" || a.value[j] === "'s" || a.value[j] === ".") && !(a.value[j] === "." && j >= seg.last - 1)) j++;
      const tail = SETTING_PREPS.has(a.lower[j] ?? "") ? settingTail(a, seg, j) : -1;
      if (tail >= 0) dropLast = tail;
      else if (j > seg.last || (a.value[j] === "." && j >= seg.last - 1)) dropLast = j - 1;
      else if (a.value[j] === ",") dropLast = j;
    }
    // "Greensboro, Sexton said, made him question …": a parenthetical frame after a short subject
    // ("The timing, one manager said, could hardly be worse"), with content on both sides.
    // Only a named or pronoun source: "The timing, one manager said, …" stays the reporter's framing of a view.
    const namedSource = a.pos[speakerLast] === "PROPN" || (speakerFirst === speakerLast && SPEAKER_PRONOUNS.has(a.lower[speakerLast] ?? ""));
    const parenthetical = namedSource && a.value[before] === "," && a.value[dropLast] === "," && dropLast + 3 <= seg.last && dropFirst > seg.first;
    if (dropFirst - seg.first < 3 && !parenthetical) return null;
    // After its content, any reporting verb reports: "…, city records show." names its source.
    return { cue, speech: true, speakerFirst, speakerLast, dropFirst, dropLast };
  }
  if (!hasSpeaker || (/ing$/.test(cue) && DOCUMENTS.has(a.lower[v - 1] ?? ""))) {
    const shared = sharedSubjectFrame(a, seg, v, cue, speech);
    if (shared) return shared;
  }
  // "“…,” told reporters …" is no inversion: what follows "told" is the addressee.
  const inverted = BREAK.has(a.value[v - 1] ?? "") && a.lemma[v] !== "tell" ? invertedFrame(a, seg, v, cue) : null;
  if (inverted) return inverted;
  // "Hugo Barra, the former Google official …, said <content>": the speaker is the name that
  // opens the sentence, separated from the verb by an appositive.
  // (A participle, ", saying …", has no subject of its own: the shared-subject frame above.)
  if (a.value[v - 1] === "," && a.pos[seg.first] === "PROPN" && v + 3 <= seg.last && !/ing$/.test(cue)) {
    let n = seg.first;
    while (n + 1 < v && (a.pos[n + 1] === "PROPN" || a.value[n + 1] === ".")) n++;
    if (a.value[n + 1] === ",") {
      const dropLast = frameEnd(a, seg, v, false);
      return { cue, speech: SPEECH_ONLY.has(a.lemma[v] ?? ""), speakerFirst: seg.first, speakerLast: n, dropFirst: seg.first, dropLast };
    }
  }
  // The same after "But", "And" or an opening phrase, and with a title or a place after the name:
  // "But Senator Ana Ruiz of Harlow, the committee's chair, said …", "On Monday, the mayor's
  // spokesman, Tom Ide, said …" (the first noun phrase is the source as written).
  if (a.value[v - 1] === "," && v + 3 <= seg.last && !/ing$/.test(cue) && (speech || reportsSpeech(a, seg, v))) {
    const f = appositiveSubject(a, seg, v);
    if (f) {
      const dropLast = frameEnd(a, seg, v, false);
      if (dropLast < seg.last - 2) return { cue, speech: true, speakerFirst: f.first, speakerLast: f.last, dropFirst: f.first, dropLast };
    }
  }
  // A trailing frame whose speaker has an appositive: "“…,” Tom Ide, the union's lawyer, said Sunday."
  if (a.value[v - 1] === "," && !/ing$/.test(cue)) {
    const f = trailingAppositive(a, seg, v);
    if (f) {
      let dropLast = v;
      while (dropLast + 1 <= seg.last && (WHEN.has(a.lower[dropLast + 1] ?? "") || hasTag(a.value[dropLast + 1] ?? "", "WeekDay") || a.pos[dropLast + 1] === "ADV")) dropLast++;
      if (dropLast + 1 >= seg.last || a.value[dropLast + 1] === ",") {
        let dropFirst = f.first - 1;
        while (dropFirst - 1 >= seg.first && BREAK.has(a.value[dropFirst - 1] ?? "")) dropFirst--;
        if (dropFirst - seg.first >= 3) return { cue, speech: true, speakerFirst: f.first, speakerLast: f.last, dropFirst, dropLast: a.value[dropLast + 1] === "," ? dropLast + 1 : dropLast };
      }
    }
  }
  // "One council candidate, Nadia Farr, says …", "The union's lawyer, Tom Ide, said …": a
  // description then the name between commas; the source is written as both.
  if (a.value[v - 1] === "," && v + 3 <= seg.last && !/ing$/.test(cue) && (speech || reportsSpeech(a, seg, v))) {
    let c = v - 2;
    while (c > seg.first && a.value[c] !== ",") c--;
    const nameRun = (from: number, to: number) => {
      for (let k = from; k <= to; k++) if (a.pos[k] !== "PROPN" && a.value[k] !== "." && !/^[A-Z]/.test(a.value[k] ?? "")) return false;
      return to >= from;
    };
    const describes = (from: number, to: number) => {
      for (let k = from; k <= to; k++) if (!(SPEAKER_POS.has(a.pos[k] ?? "") || /^[A-Z]/.test(a.value[k] ?? "") || possessiveMark(a, k) || POSSESSIVE.has(a.lower[k] ?? "") || a.value[k] === "’s" || a.value[k] === "'s")) return false;
      return to >= from;
    };
    if (c > seg.first && nameRun(c + 1, v - 2) && describes(seg.first, c - 1) && c - seg.first <= 8) {
      const dropLast = frameEnd(a, seg, v, false);
      return { cue, speech: true, speakerFirst: seg.first, speakerLast: v - 2, dropFirst: seg.first, dropLast };
    }
  }
  return null;
}

/**
 * The last token of a prefix frame "X said (to whom) (when) (where) (that)": "told analysts that …",
 * "told Reuters on Tuesday that …", "said in a memo to staff on Monday that …", "said outside court
 * that …". Shared by every frame whose content follows its verb.
 */
function frameEnd(a: Analysis, seg: Segment, v: number, phrasal: boolean): number {
  let dropLast = phrasal ? v + 1 : v;
  // "told analysts that …", "told Reuters on Tuesday that …": the addressee goes with the frame.
  if (a.lemma[v] === "tell") {
    // "told the Gazette he would …": a determiner opens the addressee too.
    if (a.pos[dropLast + 1] === "DET" && ["NOUN", "PROPN"].includes(a.pos[dropLast + 2] ?? "")) dropLast++;
    // A pronoun is the addressee only right after the verb ("told them"); "told the Gazette he …" opens content.
    while ((["NOUN", "PROPN"].includes(a.pos[dropLast + 1] ?? "") || (a.pos[dropLast + 1] === "PRON" && dropLast === v)) && dropLast < v + 4) dropLast++;
  }
  while (WHEN.has(a.lower[dropLast + 1] ?? "") || hasTag(a.value[dropLast + 1] ?? "", "WeekDay")) dropLast++;
  // "reported last year that …", "said earlier this month that …": when it was said goes with the frame.
  let t = dropLast + 1;
  while (t <= dropLast + 3 && (WHEN_PHRASE.has(a.lower[t] ?? "") || hasTag(a.value[t] ?? "", "WeekDay"))) t++;
  if (t > dropLast + 1 && a.lower[t] === "that") dropLast = t - 1;
  // "said in a memo to staff on Monday that …", "wrote in an open letter: …": where it was said goes with the frame.
  const setting = settingEnd(a, seg, dropLast + 1);
  if (setting > 0) dropLast = setting;
  // Keep "on Tuesday" in the frame only when content follows it directly ("said on Tuesday it sold").
  // "said that the plan …" drops "that"; in "says that does not mean …" it is the subject.
  // ("that reported crime had risen …": a past participle after "that" opens a noun phrase.)
  const n = dropLast + 2;
  const thatIsSubject = a.pos[n] === "AUX" || (a.pos[n] === "VERB" && !/(ed|en)$/.test(a.lower[n] ?? ""));
  if (a.lower[dropLast + 1] === "that" && !thatIsSubject) dropLast++;
  else if (dropLast > v && !["PRON", "PROPN", "DET", "NOUN"].includes(a.pos[dropLast + 1] ?? "")) dropLast = v;
  return dropLast;
}

const DATA_VERBS = new Set(["show", "find", "indicate", "suggest", "signal", "report"]);

/** Words opening a subordinate clause whose frame sources only that clause's content. */
const SUBORDINATE = new Set(["when", "while", "after", "where", "whereas", "though", "although", "since", "until", "before", "because", "which", "once"]);

/**
 * "The outage began when Governor Ruiz said the plant had closed", "Ruiz, who said the plant had
 * closed, was not available", "As the Ledger reported, the plant closed": a frame in a
 * subordinate or relative clause. "As X said," opening or closing the sentence frames the whole
 * sentence; the others frame only their own content (up to the next clause mark).
 */
function embeddedFrame(a: Analysis, seg: Segment, v: number, cue: string, speech: boolean, speakerFirst: number, speakerLast: number): Frame | null {
  if (!(speech || reportsSpeech(a, seg, v))) return null;
  // "after figures showed prices climbing": data showing something is the reporter's account, not a statement.
  const data = DATA_VERBS.has(a.lemma[v] ?? "");
  let k = v - 1;
  while (k > seg.first && (a.pos[k] === "ADV" || a.pos[k] === "AUX" || a.pos[k] === "PART")) k--;
  const contentSpan = (from: number): { first: number; last: number } | null => {
    let last = from;
    while (last + 1 <= seg.last && ![",", ";", "—", "--", "(", ")", ".", "!", "?", "”", "\"", ":"].includes(a.value[last + 1] ?? "")) last++;
    let words = 0;
    for (let i = from; i <= last; i++) if (a.kind[i] === "word") words++;
    return words >= 4 ? { first: from, last } : null;
  };
  let dropLast = v;
  while (WHEN.has(a.lower[dropLast + 1] ?? "") || hasTag(a.value[dropLast + 1] ?? "", "WeekDay")) dropLast++;
  if (a.lower[dropLast + 1] === "that") dropLast++;
  // Relative "who": the source is the antecedent, written "who".
  if (a.lower[k] === "who" && k > seg.first && !data) {
    let last = k - 1;
    if (a.value[last] === ",") last--;
    let first = last;
    while (first - 1 >= seg.first && (a.pos[first - 1] === "PROPN" || (a.value[first - 1] === "." && a.pos[first - 2] === "PROPN"))) first--;
    if (a.pos[last] !== "PROPN" && !hasTag(a.lower[last] ?? "", "Actor") && !hasTag((a.lower[last] ?? "").replace(/s$/, ""), "Actor")) return null;
    if (a.pos[last] !== "PROPN") {
      first = last;
      while (first - 1 >= seg.first && ["ADJ", "NOUN", "DET"].includes(a.pos[first - 1] ?? "")) first--;
    }
    const content = contentSpan(dropLast + 1);
    if (!content) return null;
    // Nothing dropped: the relative clause's wording ("Odum said …") is kept by normalisation.
    return { cue, speech: true, speakerFirst: first, speakerLast: last, dropFirst: k + 1, dropLast: k, embedded: { ...content, asWritten: a.value[k] } };
  }
  if (speakerFirst < 0 || speakerFirst > speakerLast) return null;
  const before = speakerFirst - 1;
  const word = a.lower[before] ?? "";
  // "As the Ledger reported, <content>" / "<content>, as the minister noted.": the whole sentence.
  if (word === "as" && (before === seg.first || a.value[before - 1] === ",")) {
    if (before === seg.first && a.value[dropLast + 1] === ",") return { cue, speech: true, speakerFirst, speakerLast, dropFirst: before, dropLast: dropLast + 1 };
    if (before > seg.first && dropLast + 1 >= seg.last) return { cue, speech: true, speakerFirst, speakerLast, dropFirst: before - 1, dropLast };
    return null;
  }
  // A word the tagger reads as subordinating ("because he said …") frames the sentence, as before.
  if (!SUBORDINATE.has(word) || before < seg.first || data || a.pos[before] === "SCONJ") return null;
  const content = contentSpan(dropLast + 1);
  return content ? { cue, speech: true, speakerFirst, speakerLast, dropFirst: before, dropLast, embedded: content } : null;
}

/** A verb that is no participle ("said", "is", not "appointed", "leaving"): inside an appositive, it makes a clause of it. */
function finiteVerb(a: Analysis, k: number): boolean {
  return (a.pos[k] === "VERB" || a.pos[k] === "AUX") && !/(ed|en|ing)$/.test(a.lower[k] ?? "");
}

/** A name or a titled noun phrase: "Senator Ana Ruiz of Harlow", "the mayor's spokesman", "Rep. Ed Lo (D-Md.)". */
function namePhraseEnd(a: Analysis, first: number, limit: number): number {
  let k = first;
  let named = false;
  while (k <= limit && k - first < 12) {
    const w = a.value[k] ?? "";
    if (a.pos[k] === "PROPN" || (/^[A-Z]/.test(w) && a.kind[k] === "word")) named = true;
    else if (a.lower[k] === "of" && (a.pos[k + 1] === "PROPN" || a.pos[k + 1] === "DET")) {
      // "of Texas", "of the Federal Reserve"
    } else if (w === "(") {
      let close = k + 1;
      while (close <= Math.min(limit, k + 6) && a.value[close] !== ")") close++;
      if (a.value[close] !== ")" || close > limit) return -1;
      k = close;
    } else if (!(SPEAKER_POS.has(a.pos[k] ?? "") || POSSESSIVE.has(a.lower[k] ?? "") || w === "." || w === "’s" || w === "'s" || glued(a, k) || possessiveMark(a, k))) break;
    k++;
  }
  const last = k - 1;
  if (last < first || a.value[k] !== ",") return -1;
  const head = a.lower[last] ?? "";
  if (!named && !hasTag(head, "Actor") && !hasTag(head.replace(/s$/, ""), "Actor") && !PERSON_HEADS.test(head)) return -1;
  return last;
}

const PERSON_HEADS = /^(spokes(man|woman|person)|chair(man|woman)?|director|official|officials|executive|president|governor|senator|mayor|secretary|adviser|advisor|aide|aides|lawyer|attorney|analyst|strategist|pollster|economist|professor|leader|minister|chief|head|manager|member|founder|owner|candidate|voter|voters|resident|residents)$/;

/** "But X of Y, <appositive>, said": the source phrase after an opener, before an appositive and the verb. */
function appositiveSubject(a: Analysis, seg: Segment, v: number): { first: number; last: number } | null {
  let first = seg.first;
  if (a.pos[first] === "CCONJ") first++;
  else if (a.pos[first] === "ADP" || a.pos[first] === "ADV" || TIME_WORDS.test(a.value[first] ?? "")) {
    let c = first;
    while (c < v && c - first < 10 && a.value[c] !== ",") c++;
    if (a.value[c] !== "," || !opensClause(a, seg, c)) return null;
    first = c + 1;
    // "On Wednesday, however, …"
    if (a.pos[first] === "ADV" && a.value[first + 1] === ",") first += 2;
  }
  if (first >= v - 3) return null;
  const last = namePhraseEnd(a, first, v - 2);
  if (last < 0 || last + 1 >= v - 1) return null;
  // The appositive: no quotation and no finite verb outside a relative clause ("who joined …" is fine).
  let relative = false;
  for (let k = last + 2; k < v - 1; k++) {
    if (a.value[k] === "“" || a.value[k] === "”" || a.value[k] === '"' || v - k > 30) return null;
    if (["who", "which", "whose", "whom", "that"].includes(a.lower[k] ?? "")) relative = true;
    if (!relative && finiteVerb(a, k)) return null;
  }
  // "the mayor's spokesman, Tom Ide, said": a description, then the name; the source is both.
  let name = true;
  for (let k = last + 2; k < v - 1; k++) if (a.pos[k] !== "PROPN" && a.value[k] !== ".") name = false;
  if (name && a.pos[last] !== "PROPN") return { first, last: v - 2 };
  return { first, last };
}

/** "“…,” Tom Ide, the union's lawyer, said": the speaker after a closing quotation mark, then an appositive. */
function trailingAppositive(a: Analysis, seg: Segment, v: number): { first: number; last: number } | null {
  // The comma before the appositive, then the name before it, right after the quotation's end.
  for (let c = v - 2; c > seg.first + 3 && v - c <= 30; c--) {
    if (a.value[c] === "“" || a.value[c] === "”" || a.value[c] === '"') return null;
    if (a.value[c] !== ",") continue;
    let first = c - 1;
    while (first > seg.first && a.value[first - 1] !== "," && !BREAK.has(a.value[first - 1] ?? "") && c - first < 10) first--;
    const quoteEnd = ["”", "'", '"', "’"].includes(a.value[first - 1] ?? "") || (a.value[first - 1] === "," && ["”", "'", '"', "’"].includes(a.value[first - 2] ?? ""));
    if (!quoteEnd) continue;
    if (namePhraseEnd(a, first, c - 1) !== c - 1) return null;
    return { first, last: c - 1 };
  }
  return null;
}

const TIME_WORDS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|(minute|hour|day|week|month|year)s?|later|earlier|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * Whether a source phrase may start after token `before`: at the start of the sentence, after a
 * subordinating word ("because Barra said"), after "but"/"and" ("But he says …", "…, and she
 * says …"), or after an opening adverbial without a verb of its own ("Reluctantly, Dorsey said",
 * "On Sunday, former Governor Ruiz said", "In a statement, the ministry said").
 */
export function opensClause(a: Analysis, seg: Segment, before: number): boolean {
  if (before < seg.first || a.pos[before] === "SCONJ") return true;
  if (a.pos[before] === "CCONJ") return a.lower[before] !== "or" && a.lower[before] !== "nor";
  if (a.value[before] !== ",") return false;
  // A quotation mark before the comma is a quote's end: that is the trailing frame's business.
  if (a.value[before - 1] === "”" || a.value[before - 1] === '"') return false;
  if (before - seg.first > 10) return false;
  // An adverbial opens with a preposition or adverb ("On Sunday", "Reluctantly") or is a time
  // ("Last week"); a noun phrase before the comma is a subject with a parenthetical frame after
  // it ("The timing, one manager said, could hardly be worse"), which is the trailing frame's case.
  const opener = a.pos[seg.first] ?? "";
  // "Speaking in Dublin,", "Asked about the levy,", "Lashing out,": a participle opens a phrase
  // about the subject that follows. "That said," is a linking phrase.
  const participle = opener === "VERB" && /^[A-Z]/.test(a.value[seg.first] ?? "") && /(ing|ed)$/.test(a.lower[seg.first] ?? "");
  const linking = a.lower[seg.first] === "that" && a.lower[seg.first + 1] === "said" && before === seg.first + 2;
  if (linking) return true;
  // "To a standing ovation, …": the tagger reads an opening "to" as a particle.
  const to = opener === "PART" && a.lower[seg.first] === "to";
  if (opener !== "ADP" && opener !== "ADV" && opener !== "SCONJ" && !participle && !to && !TIME_WORDS.test(a.text.slice(a.start[seg.first], a.end[before - 1]))) return false;
  for (let k = seg.first; k < before; k++) {
    if (participle && k === seg.first) continue;
    if (a.pos[k] === "AUX" || (a.pos[k] === "VERB" && !/ing$/.test(a.lower[k] ?? "")) || a.value[k] === "“" || a.value[k] === '"') return false;
  }
  return true;
}

/**
 * A reporting verb that shares the sentence's subject: "Reid voted on Saturday and says he …",
 * "Abedin rallied supporters, saying: …". The subject that opens the sentence is the source.
 */
function sharedSubjectFrame(a: Analysis, seg: Segment, v: number, cue: string, speech: boolean): Frame | null {
  let p = v - 1;
  while (p > seg.first && a.pos[p] === "ADV") p--;
  // "X took to Twitter to say …", "X stood at a rally to say …": the subject says it too.
  const infinitive = a.lower[p] === "to" && speech && p > seg.first + 1;
  // "The union issued a statement saying …", "X posted a video claiming …": the document speaks for its author.
  const document = /ing$/.test(a.lower[v] ?? "") && a.pos[p] === "NOUN" && DOCUMENTS.has(a.lower[p] ?? "") && p > seg.first + 2;
  const joined = a.lower[p] === "and" || infinitive || document || ((a.value[p] === "," || a.value[p] === "–" || a.value[p] === "—") && /ing$/.test(a.lower[v] ?? ""));
  if (!joined || !(speech || reportsSpeech(a, seg, v))) return null;
  // "On Friday, X criticized …, saying …": an opening adverbial is not the subject.
  let first = seg.first;
  if (a.pos[first] === "CCONJ") first++;
  for (let c = first; c < Math.min(p, first + 10); c++) {
    if (a.pos[c] === "VERB" || a.pos[c] === "AUX") break;
    if (a.value[c] === ",") {
      if (opensClause(a, seg, c)) first = c + 1;
      break;
    }
  }
  // The subject: the words before the sentence's first verb, if they read as a noun phrase. A
  // party label ("Senator Ada Voss (D-Ore.)"), a day ("on Friday") or an appositive after a name
  // (", a critic of the plan,") may stand between the subject and its verb; none is the source.
  let sv = first;
  let last = -1;
  while (sv < p && a.pos[sv] !== "VERB" && a.pos[sv] !== "AUX") {
    const named = sv > first && (a.pos[sv - 1] === "PROPN" || (a.value[sv - 1] === "." && a.pos[sv - 2] === "PROPN") || /^[A-Z]/.test(a.value[sv - 1] ?? ""));
    if (a.value[sv] === "(" && named && last < 0) {
      const close = partyLabelEnd(a, sv);
      if (close < 0) return null;
      last = sv - 1;
      sv = close + 1;
      continue;
    }
    if ((a.lower[sv] === "on" && hasTag(a.value[sv + 1] ?? "", "WeekDay")) || hasTag(a.value[sv] ?? "", "WeekDay") || WHEN_ALONE.has(a.lower[sv] ?? "")) {
      if (sv === first) return null;
      if (last < 0) last = sv - 1;
      sv += a.lower[sv] === "on" ? 2 : 1;
      continue;
    }
    if (a.value[sv] === "," && (named || last >= 0)) {
      const close = appositiveEnd(a, sv, p);
      if (close < 0) return null;
      if (last < 0) last = sv - 1;
      sv = close + 1;
      continue;
    }
    if (last >= 0) return null;
    const ok = SPEAKER_POS.has(a.pos[sv] ?? "") || a.pos[sv] === "PRON" || /^[A-Z]/.test(a.value[sv] ?? "") || glued(a, sv) || possessiveMark(a, sv) || a.value[sv] === ".";
    if (!ok) return null;
    sv++;
  }
  if (last < 0) last = sv - 1;
  if (sv === first || sv >= p || last - first >= 8) return null;
  // "led voters to say", "asked him to say": the object of such a verb is the one who says it.
  if (infinitive && OBJECT_CONTROL.has(a.lemma[sv] ?? "")) return null;
  if (!["NOUN", "PROPN", "PRON"].includes(a.pos[last] ?? "") && !/^[A-Z]/.test(a.value[last] ?? "")) return null;
  if (a.pos[last] === "PRON" && (last !== first || !SPEAKER_PRONOUNS.has(a.lower[last] ?? ""))) return null;
  let dropLast = v;
  if (a.value[dropLast + 1] === ":") dropLast++;
  else if (a.lower[dropLast + 1] === "that" && a.pos[dropLast + 2] !== "AUX" && a.pos[dropLast + 2] !== "VERB") dropLast++;
  if (dropLast >= seg.last - 2) return null;
  return { cue, speech, speakerFirst: first, speakerLast: last, dropFirst: infinitive || document ? first : p, dropLast };
}

/** Nouns for what a source puts out, which then "says" what the source says. */
const DOCUMENTS = new Set(["statement", "release", "letter", "memo", "tweet", "post", "email", "e-mail", "message", "video", "ad", "advertisement", "op-ed", "editorial", "filing", "notice", "note", "announcement", "report"]);
const WHEN_ALONE = new Set(["today", "yesterday", "tonight"]);

/** "(D-Ore.)", "(R-Texas)": the closing parenthesis of a party label, or -1. */
function partyLabelEnd(a: Analysis, open: number): number {
  let close = open + 1;
  while (close < open + 8 && a.value[close] !== ")" && a.value[close] !== undefined) close++;
  return a.value[close] === ")" && isPartyLabel(a, open, close) ? close : -1;
}

/** The same read backwards from the closing parenthesis: its opening one, not before `floor`, or -1. */
function partyLabelStart(a: Analysis, close: number, floor: number): number {
  let open = close - 1;
  while (open > close - 7 && open >= floor && a.value[open] !== "(") open--;
  return a.value[open] === "(" && isPartyLabel(a, open, close) ? open : -1;
}

/** A hyphen between the parentheses: a party and a state ("D-N.Y."), not an aside. */
function isPartyLabel(a: Analysis, open: number, close: number): boolean {
  return a.text.slice(a.start[open], a.end[close]).includes("-");
}

/**
 * ", a critic of the plan,", ", who chairs the panel,": the closing comma of an appositive
 * after a name, before `limit`; -1 when there is none, or a finite verb outside a relative clause.
 */
function appositiveEnd(a: Analysis, comma: number, limit: number): number {
  let relative = false;
  for (let k = comma + 1; k < limit && k - comma <= 24; k++) {
    const w = a.value[k] ?? "";
    if (w === ",") return k > comma + 1 ? k : -1;
    if (w === "“" || w === "”" || w === '"' || w === ";" || w === ":" || w === "(") return -1;
    if (["who", "which", "whose", "whom"].includes(a.lower[k] ?? "")) relative = true;
    if (!relative && finiteVerb(a, k)) return -1;
  }
  return -1;
}

const OBJECT_CONTROL = new Set(["lead", "ask", "urge", "force", "prompt", "cause", "encourage", "expect", "want", "get", "allow", "tell", "persuade", "invite", "pressure", "push", "call", "challenge", "dare", "need", "require", "like", "be", "seem", "appear", "refuse", "decline", "have", "use"]);

const SETTING_PREPS = new Set(["in", "at", "on", "during", "via", "through", "to", "before", "after", "from", "outside", "inside", "near",
  // "she said with a shrug", "he said over lunch", "said by phone", "said amid the cheers".
  "with", "over", "amid", "by", "across", "under"]);

/**
 * The end of a prepositional phrase saying where or when something was said, when a "that" or a
 * colon closes it and content follows; -1 otherwise. No verb inside, except a participle ("posted").
 */
function settingEnd(a: Analysis, seg: Segment, from: number): number {
  if (!SETTING_PREPS.has(a.lower[from] ?? "")) return -1;
  for (let k = from + 1; k <= Math.min(seg.last - 3, from + 14); k++) {
    if (a.lower[k] === "that" || a.value[k] === ":") return k;
    // "to staff", "to investors": the tagger reads the noun after "to" as a verb.
    const afterTo = a.lower[k - 1] === "to" && (a.pos[k + 1] === "ADP" || a.lower[k + 1] === "that");
    if ((a.pos[k] === "VERB" && !/(ed|en)$/.test(a.lower[k] ?? "") && !afterTo) || a.pos[k] === "AUX" || a.value[k] === "," || a.value[k] === ".") return -1;
  }
  return -1;
}

/**
 * A sentence that only reports that someone spoke ("Chief executive Lei Jun said in an open letter
 * on Monday.", "He told Reuters:"): the content is elsewhere, so the sentence is no claim.
 */
export function frameOnly(a: Analysis, seg: Segment): boolean {
  let v = -1;
  for (let k = seg.first; k <= seg.last; k++) {
    if (a.pos[k] === "VERB" || a.pos[k] === "AUX") {
      v = k;
      break;
    }
  }
  if (v < 0 || !SPEECH_ONLY.has(a.lemma[v] ?? "") || v === seg.first) return false;
  let preposition = false;
  for (let k = v + 1; k <= seg.last; k++) {
    const w = a.lower[k] ?? "";
    if (w === "that" || BREAK.has(a.value[k] ?? "") && a.value[k] !== ":" && a.value[k] !== ",") return false;
    if ((a.pos[k] === "VERB" && !/(ed|en)$/.test(w)) || a.pos[k] === "AUX" || a.kind[k] === "number") return false;
    if (a.pos[k] === "ADP") preposition = true;
    // "said the ferry company never filed …": a past tense after its subject is the content's verb;
    // "said in a memo posted on Monday" has a participle inside the setting.
    if (a.pos[k] === "VERB" && !preposition) {
      let s = k - 1;
      while (s > v && a.pos[s] === "ADV") s--;
      if (s > v && ["NOUN", "PROPN", "PRON"].includes(a.pos[s] ?? "")) return false;
    }
    if (a.pos[k] === "PRON" && k > v + 1) return false;
  }
  return true;
}

/**
 * Whether a reporting verb reports speech here: it closes the clause ("…, he states.") or a clause
 * follows it ("…, he says the user is pleased"). "…, the company reported a net loss of $2
 * million" has a plain object instead: the company did something, nobody is being quoted.
 */
function reportsSpeech(a: Analysis, seg: Segment, v: number): boolean {
  let k = v + 1;
  // "…,” Marsh told a crowd in Dayton.", "…, she told reporters.": after a quotation, the addressee then where or when.
  if (a.lemma[v] === "tell" && BREAK.has(a.value[v - 1] ?? "") === false && quotationBefore(a, seg, v)) {
    let j = k;
    while (j <= seg.last && j - k < 8 && (["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"].includes(a.pos[j] ?? "") || a.value[j] === "’s" || a.value[j] === "'s" || a.value[j] === ".") && !(a.value[j] === "." && j >= seg.last - 1)) j++;
    if (j > k && (j > seg.last || a.value[j] === "." || a.value[j] === "," || (SETTING_PREPS.has(a.lower[j] ?? "") && settingTail(a, seg, j) >= 0))) return true;
  }
  if (k > seg.last || BREAK.has(a.value[k] ?? "") || a.value[k] === "." || a.lower[k] === "that") return true;
  // "promised to cut taxes", "urged voters to …": an infinitive is the act's object, not reported speech.
  if (a.lower[k] === "to") return false;
  // "…, the minister said in a press briefing.": where it was said closes the sentence.
  if (SETTING_PREPS.has(a.lower[k] ?? "")) {
    let j = k + 1;
    while (j <= seg.last && a.pos[j] !== "VERB" && a.pos[j] !== "AUX" && !BREAK.has(a.value[j] ?? "") && a.value[j] !== ".") j++;
    if (j > seg.last || a.value[j] === "." || BREAK.has(a.value[j] ?? "")) return true;
  }
  // A name or pronoun right after the verb opens a reported clause, even when the tagger misses
  // its verb ("Okafor says Jumia refunds/NOUN the fee").
  // A possessive ("has found its thistle") opens an object unless a verb follows ("said his plan would work").
  if (a.pos[k] === "PROPN" || (a.pos[k] === "PRON" && !POSSESSIVE.has(a.lower[k] ?? ""))) return true;
  for (; k <= seg.last && !BREAK.has(a.value[k] ?? ""); k++) if (a.pos[k] === "VERB" || a.pos[k] === "AUX") return true;
  return false;
}

/** A closing quotation mark and comma before the frame's speaker ("“…,” Marsh told …"). */
function quotationBefore(a: Analysis, seg: Segment, v: number): boolean {
  for (let k = v - 1; k >= seg.first && v - k <= 12; k--) {
    if (a.value[k] === "”" || a.value[k] === '"' || (a.value[k] === "'" && a.value[k - 1] === "'")) return a.value[k - 1] === "," || a.value[k - 1] === "'" || a.value[k + 1] === ",";
  }
  return false;
}

/** Inverted frame: "<content>,” says Barra" / "…, said Forrester analyst Bryan Wang." */
function invertedFrame(a: Analysis, seg: Segment, v: number, cue: string): Frame | null {
  let j = v + 1;
  // A capitalised word counts whatever its tag ("said Robert S. Ford/VERB").
  // "said David Fenn of the National Grocers Federation": "of" and "for" inside the source phrase.
  const inside = (j: number) => (a.lower[j] === "of" || a.lower[j] === "for") && j > v + 1 && ["PROPN", "NOUN"].includes(a.pos[j - 1] ?? "") && ["DET", "PROPN"].includes(a.pos[j + 1] ?? "");
  while (j <= seg.last && (SPEAKER_POS.has(a.pos[j] ?? "") || (/^[A-Z]/.test(a.value[j] ?? "") && a.kind[j] === "word" && j > v + 1 && a.pos[j] !== "PRON") || inside(j) || (a.value[j] === "." && j < seg.last))) j++;
  if (j === v + 1 && SPEAKER_PRONOUNS.has(a.lower[j] ?? "")) j++;
  if (j === v + 1) return null;
  // "…, Ana Ruiz, the mayor, said Sunday.": a day is when, not who.
  if (j === v + 2 && (WHEN.has(a.lower[v + 1] ?? "") || hasTag(a.value[v + 1] ?? "", "WeekDay"))) return null;
  // "…,” said spokesman Alan Brisk in a Tuesday briefing.": where it was said closes the sentence.
  const setting = j <= seg.last && SETTING_PREPS.has(a.lower[j] ?? "") ? settingTail(a, seg, j) : -1;
  // The speaker phrase must close the sentence or the clause; otherwise "said" opens content.
  if (setting < 0 && j <= seg.last && ![".", ",", "!", "?"].includes(a.value[j] ?? "")) return null;
  let dropFirst = v - 1;
  while (dropFirst - 1 >= seg.first && BREAK.has(a.value[dropFirst - 1] ?? "")) dropFirst--;
  if (dropFirst - seg.first < 3) return null;
  if (setting >= 0) return { cue, speech: SPEECH_ONLY.has(a.lemma[v] ?? ""), speakerFirst: v + 1, speakerLast: j - 1, dropFirst, dropLast: setting };
  // "…,” said Mira Okafor, 58, a nurse.": an appositive closing the sentence goes with the speaker.
  if (a.value[j] === ",") {
    const tail = appositiveTail(a, seg, j);
    if (tail > 0) return { cue, speech: SPEECH_ONLY.has(a.lemma[v] ?? ""), speakerFirst: v + 1, speakerLast: j - 1, dropFirst, dropLast: tail };
  }
  return { cue, speech: SPEECH_ONLY.has(a.lemma[v] ?? ""), speakerFirst: v + 1, speakerLast: j - 1, dropFirst, dropLast: a.value[j] === "," ? j : j - 1 };
}

/** The last token before the final stop when everything after `comma` is an appositive (no finite verb, no quotation); -1 otherwise. */
function appositiveTail(a: Analysis, seg: Segment, comma: number): number {
  let last = seg.last;
  if (a.value[last] === "." || a.value[last] === "!" || a.value[last] === "?") last--;
  if (last <= comma || last - comma > 30) return -1;
  let relative = false;
  for (let k = comma + 1; k <= last; k++) {
    const w = a.value[k] ?? "";
    if (w === "“" || w === "”" || w === '"' || w === ";" || w === ":") return -1;
    if (["who", "which", "whose", "whom", "that"].includes(a.lower[k] ?? "")) relative = true;
    if (!relative && finiteVerb(a, k)) return -1;
  }
  return last;
}

/**
 * A phrase saying where or when something was said that closes the sentence ("in a statement",
 * "on Tuesday", "during a debate in Ohio"): the index of its last token before the final stop or a
 * comma, or -1 when a verb other than a participle ("posted") is inside.
 */
function settingTail(a: Analysis, seg: Segment, from: number): number {
  let k = from;
  for (; k <= seg.last && k - from < 14; k++) {
    const w = a.value[k] ?? "";
    if (w === "," || ((w === "." || w === "!" || w === "?") && k >= seg.last - 1)) break;
    if ((a.pos[k] === "VERB" && !/(ed|en)$/.test(a.lower[k] ?? "")) || a.pos[k] === "AUX" || BREAK.has(w) || w === "“" || w === '"') return -1;
  }
  if (k > seg.last) return seg.last;
  const w = a.value[k] ?? "";
  if (w === ",") return k;
  return w === "." || w === "!" || w === "?" ? k - 1 : -1;
}
