// The extractor: body text in, claims out. Pure and deterministic: the same text always gives
// the same claims, and every claim's quote is exactly body.slice(start, end).
import type { Attribution, Entity, EntityKind, ExtractedClaim } from "./types";
import { analyze, type Analysis } from "./nlp";
import { segment, type Segment } from "./segment";
import { findFigures, type DateMention } from "./numbers";
import { findFrames, isReportingVerb, opensClause, type Frame } from "./attribution";
import { features } from "./features";
import { findMentions, lowerCaseWords, type Mention } from "./entities";
import { EntityRegistry } from "./coref";
import { hasTag, isDemonym, isFemaleName, isMaleName } from "./lexicon";
import type { Replacement } from "./normalize";
import { claimsForSegment, copyAttribution, type EmbeddedSource } from "./classify";
import { factuality } from "./factuality/model";

/** Longer texts are analysed in slices of whole paragraphs so memory stays bounded. */
const SLICE_CHARS = 200_000;

export function extractClaims(body: string): ExtractedClaim[] {
  if (!body || !body.trim()) return [];
  const out: ExtractedClaim[] = [];
  const registry = new EntityRegistry();
  for (const [offset, slice] of slices(body)) {
    for (const c of extractSlice(slice, registry)) {
      out.push(offset ? { ...c, start: c.start + offset, end: c.end + offset } : c);
    }
  }
  return out;
}

function* slices(body: string): Generator<[number, string]> {
  let from = 0;
  while (from < body.length) {
    let to = Math.min(body.length, from + SLICE_CHARS);
    if (to < body.length) {
      const para = body.lastIndexOf("\n", to);
      if (para > from + SLICE_CHARS / 2) to = para + 1;
      else {
        const sentence = body.lastIndexOf(". ", to);
        if (sentence > from + SLICE_CHARS / 2) to = sentence + 2;
        else {
          // No paragraph or sentence end: cut at a space, never inside a word or a surrogate pair.
          const space = body.lastIndexOf(" ", to);
          if (space > from + SLICE_CHARS / 2) to = space + 1;
        }
      }
    }
    yield [from, body.slice(from, to)];
    from = to;
  }
}

function extractSlice(text: string, registry: EntityRegistry): ExtractedClaim[] {
  const a = analyze(text);
  const segments = segment(a);
  const common = lowerCaseWords(a);
  const mentions = segments.map((s) => (s.heading ? [] : findMentions(a, s.first, s.last, common)));
  for (const m of mentions) registry.learn(m);
  const out: ExtractedClaim[] = [];
  const speakers: Array<Attribution | null> = new Array<Attribution | null>(segments.length).fill(null);
  segments.forEach((seg, index) => {
    if (seg.heading) return;
    const own = mentions[index] ?? [];
    const entities = dedupe(own.map((m) => registry.record(m, index, personGender(m))));
    const frames = findFrames(a, seg);
    const figures = findFigures(a, seg);
    const sentenceFrames = frames.some((f) => f.embedded) ? frames.filter((f) => !f.embedded) : frames;
    const speaker = speakerOf(a, sentenceFrames, index, registry, own) ?? stanceSource(a, seg, index, registry, own);
    const embedded = embeddedSources(a, frames, index, registry, own);
    const feats = features(a, seg);
    const resolutions = [
      ...resolve(a, seg, index, registry, own),
      ...resolvePeriods(a, seg, figures.dates, registry),
      ...resolveFirstPlural(a, seg, registry, speaker, feats.directQuote),
    ];
    const claims = claimsForSegment({ a, seg, features: feats, figures, frames, entities, resolutions, speaker, embedded, factuality: factuality(a, seg.first, seg.last) });
    const periodRef = resolutions.find((r) => r.period);
    for (const c of claims) {
      if (!c.quantity) continue;
      // "that year" as a claim's period is the year it stands for; "over the same period" gives one.
      const old = c.quantity.period;
      const period = old ? registry.periodFor(old, figures.dates.find((d) => d.specific)?.text) : (periodRef?.period ?? null);
      if (!period) continue;
      c.quantity.period = period;
      if (c.reason) c.reason = old ? c.reason.replace(` for ${old}`, ` for ${period}`) : c.reason.replace(/^(figure [^;]*?\))/, `$1 for ${period}`);
    }
    out.push(...claims);
    speakers[index] = speaker;
    for (const d of figures.dates) registry.noteDate(d.text, d.specific);
  });
  attributeQuotations(text, segments, speakers, out);
  return out;
}

/**
 * A quotation that runs over several sentences names its speaker once (“A. B. C,” she said): every
 * sentence inside it is hers. Claims in a quotation without a source take the source of the
 * sentence that opens or closes it.
 */
function attributeQuotations(text: string, segments: Segment[], speakers: Array<Attribution | null>, claims: ExtractedClaim[]): void {
  // Nothing to attribute: no need to scan the text for quotation marks.
  if (!claims.some((c) => !c.attribution)) return;
  const regions = quotations(text);
  if (!regions.length) return;
  const sourceOf: Array<Attribution | null> = [];
  let seg0 = 0;
  regions.forEach(([from, to], r) => {
    // The first segment touching the region that has a source (its frame sits just outside or inside the marks).
    while (seg0 < segments.length && segments[seg0]!.end < from) seg0++;
    let source: Attribution | null = null;
    for (let i = seg0; i < segments.length && segments[i]!.start <= to; i++) {
      if (speakers[i]) {
        source = speakers[i]!;
        break;
      }
    }
    // "The minister told reporters:" closing the sentence before the quotation opens.
    const before = seg0 > 0 ? seg0 - 1 : -1;
    if (!source && before >= 0 && speakers[before] && /:\s*$/.test(text.slice(segments[before]!.start, from))) source = speakers[before]!;
    // A quotation that goes on in the next paragraph (“…,” she said. ⏎ “…”) is still hers: news
    // names the speaker once. Only when nothing but the frame stands between the two.
    const prev = r > 0 ? regions[r - 1]! : null;
    if (!source && prev && sourceOf[r - 1] && from - prev[1] <= 80 && !/[.!?]["”]?\s*\S[^\n]*[.!?]/.test(text.slice(prev[1] + 1, from).replace(/^[^.!?]*[.!?]/, ""))) {
      source = sourceOf[r - 1]!;
    }
    sourceOf.push(source);
  });
  for (const c of claims) {
    if (c.attribution) continue;
    const r = regions.findIndex(([from, to]) => c.start >= from && c.end <= to + 1);
    const source = r >= 0 ? sourceOf[r] : null;
    if (source) {
      c.attribution = copyAttribution(source);
      c.reason = `${c.reason ? `${c.reason}; ` : ""}attributed to ${source.asWritten ?? source.speaker} (${source.cue}, quoted)`;
    }
  }
}

const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”
const STRAIGHT = 0x22; // "
const APOSTROPHE = 0x27; // '
const NEWLINE = 0x0a;

/** Character spans of quotations: “…” pairs, and straight "…" pairs within a paragraph. Linear. */
function quotations(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let straight = -1;
  let doubled = -1;
  // By code unit: one-character strings for every character of the article cost ~0.5% of a run.
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === OPEN_CURLY) open = i;
    else if (ch === CLOSE_CURLY && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (ch === STRAIGHT) {
      if (straight < 0) straight = i;
      else {
        out.push([straight, i]);
        straight = -1;
      }
    } else if (ch === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE) {
      // Two apostrophes as a quotation mark (''…'', an older wire style): paired within a paragraph.
      if (doubled < 0) doubled = i;
      else {
        out.push([doubled, i + 1]);
        doubled = -1;
      }
      i++;
    } else if (ch === NEWLINE && text.charCodeAt(i + 1) === NEWLINE) {
      // A paragraph break ends an unclosed straight quote, but a curly one may run on (news style).
      straight = -1;
      doubled = -1;
    }
  }
  return out;
}

const PERIOD_REF = /^(that|the same|this) (year|quarter|period|half)$/i;

/** "that year", "the same period": the year or period the article named last, if it named one. */
function resolvePeriods(a: Analysis, seg: Segment, dates: DateMention[], registry: EntityRegistry): Replacement[] {
  const out: Replacement[] = [];
  for (let i = seg.first; i < seg.last; i++) {
    const w = a.lower[i];
    if (w !== "that" && w !== "the" && w !== "this") continue;
    let j = i + 1;
    if (w === "the" && a.lower[j] === "same") j++;
    const phrase = a.text.slice(a.start[i], a.end[j]);
    if (!PERIOD_REF.test(phrase) || (w === "this" && a.lower[j] !== "period")) continue;
    // A date earlier in the same sentence counts first ("in 2014 … that year").
    const before = dates.filter((d) => d.last < i && d.specific).pop();
    const resolved = registry.periodFor(phrase, before?.text);
    if (resolved) {
      const bare = ["in", "during", "over", "for", "of"].includes(a.lower[i - 1] ?? "");
      // "first quarter of 2014" reads "the first quarter of 2014"; a year or month stands alone.
      const phrase = /^[a-z]/.test(resolved) ? `the ${resolved}` : resolved;
      out.push({ first: i, last: j, text: bare ? phrase : `in ${phrase}`, period: resolved });
    }
    i = j;
  }
  return out;
}

/** "our", "we" in a quoted statement by a person: the organisation the article is about. */
function resolveFirstPlural(a: Analysis, seg: Segment, registry: EntityRegistry, speaker: Attribution | null, quoted: boolean): Replacement[] {
  if (!speaker || !quoted) return [];
  // Only when it is clear which organisation: the speaker itself, or the one the article is about.
  const org = speaker.entity?.kind === "organization" ? speaker.entity.text : registry.dominant("organization");
  if (!org) return [];
  const out: Replacement[] = [];
  for (let i = seg.first; i <= seg.last; i++) {
    const w = a.lower[i];
    if (w === "our" && a.pos[i] !== "NOUN") out.push({ first: i, last: i, text: `${org}'s` });
    else if (w === "we" && a.pos[i] === "PRON") out.push({ first: i, last: i, text: org });
  }
  return out;
}

function personGender(m: Mention): boolean | null {
  if (m.kind !== "person") return null;
  const first = m.text.split(/\s+/)[0] ?? "";
  // A first name the lexicon knows as a man's tells "she" to look elsewhere ("Martin Oyelaran … she said").
  return isFemaleName(first) ? true : isMaleName(first) ? false : null;
}

function dedupe(entities: Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((e) => {
    const key = `${e.kind}:${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A Map: looked up for every token, where a keyed load on a plain object was slow.
const PERSON_PRONOUN = new Map<string, { female: boolean; possessive: boolean }>([
  ["he", { female: false, possessive: false }],
  ["him", { female: false, possessive: false }],
  ["his", { female: false, possessive: true }],
  ["she", { female: true, possessive: false }],
  ["her", { female: true, possessive: true }],
]);
const TITLE_HEADS = new Set(["vp", "executive", "ceo", "founder", "chairman", "president", "spokesman", "spokeswoman", "spokesperson", "director", "chief", "official"]);
const ORG_HEADS = new Set([
  "company", "firm", "startup", "start-up", "brand", "group", "maker", "manufacturer", "carrier", "retailer", "giant",
  "corporation", "conglomerate", "lender", "insurer", "operator", "vendor", "automaker", "chipmaker", "business",
]);

/** Pronouns and "the company"-style descriptions in a sentence, replaced by the entity meant. */
function resolve(a: Analysis, seg: Segment, index: number, registry: EntityRegistry, own: Mention[]): Replacement[] {
  const out: Replacement[] = [];
  for (let i = seg.first; i <= seg.last; i++) {
    const lower = a.lower[i] ?? "";
    // Only a pronoun can be one (the tag first: this runs on every token).
    const p = a.pos[i] === "PRON" ? PERSON_PRONOUN.get(lower) : undefined;
    if (p) {
      // A pronoun after a named person in the same sentence refers to that person.
      const local = own.filter((m) => m.kind === "person" && m.last < i).pop();
      const name = local ? registry.canonical(local).text : registry.salient("person", index - 1, p.female);
      // "her" is possessive before what it owns ("her campaign"), an object otherwise ("hands her a majority").
      const possessive = p.possessive && (lower !== "her" || ["NOUN", "ADJ", "PROPN", "NUM"].includes(a.pos[i + 1] ?? ""));
      if (name) out.push({ first: i, last: i, text: possessive ? `${name}'s` : name });
      continue;
    }
    if ((lower === "its" || (lower === "it" && (i === seg.first || isVerbAt(a, i + 1)) && !expletive(a, i, seg))) && a.pos[i] === "PRON") {
      // "Hanwol … said it would", "Norway exempts … from its tax": the nearest organisation or
      // place named earlier in the sentence; otherwise the article's salient organisation.
      const before = own.filter((m) => m.last < i);
      const local = before.filter((m) => m.kind === "organization").pop() ?? before.filter((m) => m.kind === "place").pop();
      const org = local ? registry.canonical(local).text : registry.salient("organization", index);
      if (org) out.push({ first: i, last: i, text: lower === "its" ? `${org}'s` : org });
      continue;
    }
    if (lower === "the") {
      let k = i + 1;
      while (k <= seg.last && k < i + 4 && (a.pos[k] === "ADJ" || a.pos[k] === "NOUN" || a.pos[k] === "PROPN") && !ORG_HEADS.has(a.lower[k] ?? "")) k++;
      // "Vellum is the biggest carrier", "the world's sixth-largest maker": a predicate or a rank
      // describes the company, it does not point back to one.
      const predicate = ["be", "become", "remain"].includes(a.lemma[i - 1] ?? "");
      const ranked = a.value.slice(i + 1, k).some((w) => /(est|most)$/i.test(w) || /^(first|second|third|fourth|fifth|sixth|top|leading)\b/i.test(w));
      // "the Better Business Bureau", "the Islamic State group": a proper noun makes it a name
      // ("the Chinese company", an adjective, still points back).
      let named = false;
      for (let j = i + 1; j <= k; j++) if (a.pos[j] === "PROPN" && /^\p{Lu}/u.test(a.value[j] ?? "") && !isDemonym(a.value[j] ?? "")) named = true;
      if (ORG_HEADS.has(a.lower[k] ?? "") && !["of", "that", "which"].includes(a.lower[k + 1] ?? "") && !predicate && !ranked && !named) {
        // "the research firm" after "Corvel Research" is that firm, not the article's main company.
        const modifiers = a.lower.slice(i + 1, k).filter((w) => w.length > 2);
        const org = registry.organizationNamedWith(modifiers) ?? registry.salient("organization", index);
        if (org) out.push({ first: i, last: k, text: org });
        i = k;
      }
    }
  }
  return out;
}

const COPULAR = new Set(["is", "was", "'s", "makes", "made", "seems", "seemed", "appears", "remains", "takes", "took", "could", "would", "will", "may", "might", "can", "has", "had"]);

/** "It makes sense to …", "it could be hard to …": a dummy subject, not a company. */
function expletive(a: Analysis, i: number, seg: Segment): boolean {
  if (!COPULAR.has(a.lower[i + 1] ?? "")) return false;
  for (let k = i + 2; k <= Math.min(seg.last, i + 7); k++) {
    if (a.lower[k] === "to" && a.pos[k + 1] === "VERB") return true;
    if (a.lower[k] === "that" || a.lower[k] === "whether" || a.lower[k] === "if") return true;
  }
  return false;
}

function isVerbAt(a: Analysis, i: number): boolean {
  return a.pos[i] === "VERB" || a.pos[i] === "AUX" || a.pos[i] === "ADV";
}

function trailingCapitalised(a: Analysis, first: number, last: number): string | null {
  let k = last;
  const glued = (i: number) => a.end[i - 1] === a.start[i];
  while (k >= first) {
    const v = a.value[k] ?? "";
    const titled = TITLE_HEADS.has(v.toLowerCase()) || /^(Chief|Officer|Financial|Operating|Vice|Senior|Global|Managing|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)$/.test(v);
    if (titled) break;
    if (/^[A-Z][a-z]/.test(v) || (glued(k) && (v === "-" || glued(k + 1) || a.value[k - 1] === "-"))) k--;
    else break;
  }
  if (k === last) return null;
  const text = a.text.slice(a.start[k + 1], a.end[last]);
  return /^[A-Z]/.test(text) && /\s/.test(text.replace(/-/g, " ")) ? text : null;
}

/** The sources of frames inside a subordinate or relative clause, each with the content it sources. */
function embeddedSources(a: Analysis, frames: Frame[], index: number, registry: EntityRegistry, own: Mention[]): EmbeddedSource[] {
  const out: EmbeddedSource[] = [];
  for (const f of frames) {
    if (!f.embedded) continue;
    const found = speakerOf(a, [{ ...f, embedded: undefined }], index, registry, own);
    if (!found) continue;
    const attribution = f.embedded.asWritten ? { ...found, asWritten: f.embedded.asWritten } : found;
    out.push({ first: f.embedded.first, last: f.embedded.last, attribution });
  }
  return out;
}

function speakerOf(a: Analysis, frames: Frame[], index: number, registry: EntityRegistry, own: Mention[]): Attribution | null {
  for (const f of frames) {
    if (f.speakerFirst < 0 || f.speakerFirst > f.speakerLast) continue;
    // "Xiaomi, which is worth $10 billion according to its latest funding round, expects …": an
    // "according to" inside a clause sources that clause only, not the sentence's claims.
    if (f.cue === "according to" && f.dropFirst > 0 && !OPENS_SOURCE.has(a.value[f.dropFirst] ?? "") && !OPENS_SOURCE.has(a.value[f.dropFirst - 1] ?? "") && a.start[f.dropFirst] !== a.start[firstWord(a, f)]) continue;
    const asWritten = a.text.slice(a.start[f.speakerFirst], a.end[f.speakerLast]).trim().replace(/^[,;:\s]+|[,;:\s]+$/g, "");
    if (!asWritten) continue;
    const resolved = resolveSpeaker(a, f, index, registry, own);
    if (resolved) {
      return resolvedSource(resolved, f.cue, asWritten);
    }
    // An unnamed source counts when it is a kind of person ("analysts", "people familiar with the
    // matter", "a senior official"), or whatever "according to" names ("the survey", "data from …").
    const head = headNoun(a, f.speakerFirst, f.speakerLast);
    const person = (w: string) => TITLE_HEADS.has(w) || hasTag(w, "Actor") || hasTag(w.replace(/s$/, ""), "Actor") || SOURCE_HEADS.has(w) || SOURCE_HEADS.has(w.replace(/s$/, ""));
    // "74 percent of registered voters say": a share of people is a source too.
    const share = QUANTITY_HEADS.has(head) && nounsIn(a, f.speakerFirst, f.speakerLast).some(person);
    // "He says …" with nobody named yet: the pronoun, as written, is still the source.
    const pronoun = f.speakerFirst === f.speakerLast && PERSON_PRONOUN.get(a.lower[f.speakerFirst] ?? "") !== undefined;
    // "said"/"told" report speech whoever the subject is: "the Times said", "a new report says",
    // "61 percent said", "the retired steel executive says".
    const spoken = f.speech === true && (SPEAKER_HEAD_POS.has(a.pos[f.speakerLast] ?? "") || QUANTITY_HEADS.has(head) || a.value[f.speakerLast] === "%");
    // "Most of them said", "Two of us say": a share of a group the article has named.
    const group = ["them", "us", "those"].includes(a.lower[f.speakerLast] ?? "") && a.lower[f.speakerLast - 1] === "of" && f.speakerLast - 1 > f.speakerFirst;
    if (f.cue === "according to" || person(head) || share || pronoun || spoken || group || (a.lower[f.speakerFirst] === "they" && f.speakerFirst === f.speakerLast)) {
      return { speaker: asWritten, cue: f.cue, asWritten };
    }
  }
  return null;
}

/**
 * Verbs of stance and communication that take a view or a statement as object ("Clinton praised
 * the deal", "Voters preferred Sanders", "The poll shows Trump ahead"): news attributes the
 * object to the subject, as PolNeAR's annotators do, though nothing is quoted.
 */
const STANCE = new Set([
  "call", "praise", "support", "back", "endorse", "oppose", "reject", "criticize", "criticise", "mock", "ridicule", "thank",
  "prefer", "want", "favor", "favour", "urge", "accuse", "blame", "deny", "dismiss", "welcome", "condemn", "applaud",
  "question", "challenge", "defend", "attack", "slam", "tout", "hail", "predict", "promise", "vow", "pledge", "demand",
  "show", "suggest", "indicate", "find", "mention", "discuss", "announce", "note", "argue", "claim", "insist", "acknowledge",
  "vote", "advocate", "ask", "request", "talk", "speak", "comment", "cheer", "vouch", "campaign", "lobby", "thank", "reaffirm", "heckle", "trash", "cite", "portray", "repudiate", "criticise", "congratulate", "blast", "decry", "denounce", "lament", "celebrate", "recommend", "propose",
  // Fifth pass (PolNeAR train): "pointed to", "expressed optimism that", "voiced concern", "echoed", "repeated".
  "point", "express", "voice", "echo", "repeat",
]);

/** The subject of a stance verb that opens the sentence, as its source; null when there is none. */
/** "Nineteen percent of nurses polled support the strike": the tagger reads "support" as a noun after a plural subject. */
function mistaggedStance(a: Analysis, k: number, first: number): boolean {
  if (a.pos[k] !== "NOUN" || k <= first || !STANCE.has(a.lemma[k] ?? "") || /s$/.test(a.lower[k] ?? "")) return false;
  const prev = a.lower[k - 1] ?? "";
  const pluralSubject = (a.pos[k - 1] === "NOUN" && /s$/.test(prev)) || (a.pos[k - 1] === "VERB" && /ed$/.test(prev) && a.pos[k - 2] === "NOUN");
  return pluralSubject && ["DET", "PROPN", "NOUN", "ADJ"].includes(a.pos[k + 1] ?? "");
}

/** Verbs that, with a word for something said as object, say that the subject spoke: "made comments about", "issued a warning". */
const LIGHT_VERBS = new Set(["make", "issue", "deliver", "give", "offer", "voice", "express", "release", "post", "send", "renew", "repeat", "lodge", "file"]);
const SPEECH_NOUNS = new Set([
  "comment", "comments", "remark", "remarks", "statement", "statements", "speech", "claim", "claims", "case", "argument", "pitch", "pledge",
  "promise", "appeal", "plea", "warning", "apology", "endorsement", "announcement", "prediction", "criticism", "defense", "defence", "call",
  "complaint", "objection", "denial", "rebuttal", "assurance", "assurances", "threat", "ultimatum", "vow",
]);

/** "made comments about …", "issued a sharp warning to …", "renewed his call for …": a light verb and a word for speech. */
function speechAct(a: Analysis, verb: number, last: number): boolean {
  if (!LIGHT_VERBS.has(a.lemma[verb] ?? "")) return false;
  for (let k = verb + 1; k <= Math.min(last, verb + 4); k++) {
    if (SPEECH_NOUNS.has(a.lower[k] ?? "") && (a.pos[k] === "NOUN" || a.pos[k] === "VERB")) return true;
    if (!["DET", "ADJ", "ADV", "PRON", "NOUN"].includes(a.pos[k] ?? "")) return false;
  }
  return false;
}

const CALLED_EVENTS = new Set(["strike", "strikes", "election", "elections", "vote", "meeting", "referendum", "session", "hearing", "halt", "truce", "ceasefire", "recess", "walkout", "conference", "summit", "inquiry", "poll"]);

const BE = new Set(["be", "is", "are", "was", "were", "been", "being"]);

/** "was criticized", "has been attacked", "is never mentioned": a form of "be" before a participle. */
function passive(a: Analysis, from: number, verb: number): boolean {
  if (!/(ed|en|wn|ught)$/.test(a.lower[verb] ?? "")) return false;
  for (let k = from; k < verb; k++) if (BE.has(a.lower[k] ?? "")) return true;
  return false;
}

/** The "by" phrase of a passive stance verb as its source ("… was mentioned by the moderators"); null without one. */
function passiveAgent(a: Analysis, seg: Segment, verb: number, index: number, registry: EntityRegistry, own: Mention[]): Attribution | null {
  let by = verb + 1;
  while (by <= Math.min(seg.last, verb + 8) && a.lower[by] !== "by") {
    if (a.value[by] === "," || a.pos[by] === "VERB" || a.pos[by] === "AUX") return null;
    by++;
  }
  if (a.lower[by] !== "by") return null;
  let last = by;
  while (last + 1 <= seg.last && (["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(a.pos[last + 1] ?? "") || POSSESSIVE_WORDS.has(a.lower[last + 1] ?? "") || (a.lower[last + 1] === "of" && last > by))) last++;
  while (last > by && a.lower[last] === "of") last--;
  if (last === by) return null;
  const frame = { cue: a.lower[verb] ?? "", speakerFirst: by + 1, speakerLast: last, dropFirst: -1, dropLast: -2 };
  const asWritten = a.text.slice(a.start[by + 1], a.end[last]).trim();
  const resolved = resolveSpeaker(a, frame, index, registry, own);
  if (resolved) return resolvedSource(resolved, frame.cue, asWritten);
  const head = headNoun(a, by + 1, last);
  if (SOURCE_HEADS.has(head) || SOURCE_HEADS.has(head.replace(/s$/, "")) || hasTag(head, "Actor") || hasTag(head.replace(/s$/, ""), "Actor")) return { speaker: asWritten, cue: frame.cue, asWritten };
  return null;
}

const POSSESSIVE_WORDS = new Set(["his", "her", "their", "its", "our"]);

/** Adjectives of stance after a copula: "Republicans have been critical of …". */
const STANCE_ADJ = new Set(["critical", "supportive", "skeptical", "sceptical", "wary", "dismissive", "appreciative", "confident", "doubtful", "opposed"]);

/** The subject of a stance verb that opens the sentence (after an opening phrase), as its source; null when there is none. */
function stanceSource(a: Analysis, seg: Segment, index: number, registry: EntityRegistry, own: Mention[]): Attribution | null {
  // "In April, Trump called …", "On Twitter, the governor called …": skip an opening phrase without a verb.
  let first = seg.first;
  for (let k = seg.first; k <= Math.min(seg.last, seg.first + 8); k++) {
    if (a.pos[k] === "VERB" || a.pos[k] === "AUX") break;
    if (a.value[k] === ",") {
      // Only an adverbial opens ("In April,"); a noun phrase before the comma is the subject of a parenthetical.
      if (!opensClause(a, seg, k)) return null;
      first = k + 1;
      break;
    }
  }
  // "But 56 percent would vote for …": a leading conjunction is not part of the subject.
  if (a.pos[first] === "CCONJ") first++;
  let v = -1;
  for (let k = first; k <= Math.min(seg.last, first + 12); k++) {
    // "nurses polled support …": the participle belongs to the subject.
    if (a.pos[k] === "VERB" && mistaggedStance(a, k + 1, first)) continue;
    if (a.pos[k] === "VERB" || a.pos[k] === "AUX" || mistaggedStance(a, k, first)) {
      v = k;
      break;
    }
    if (a.value[k] === "," || a.pos[k] === "SCONJ" || (a.pos[k] === "ADP" && k === first) || a.value[k] === "“" || a.value[k] === '"') return null;
  }
  let verb = v;
  const tagged = a.pos[v] === "NOUN";
  // "would vote for", "has also called", "is calling for".
  while (verb <= seg.last && (a.pos[verb] === "AUX" || a.pos[verb] === "ADV" || a.pos[verb] === "PART")) verb++;
  let subjectLast = v - 1;
  while (subjectLast > first && a.pos[subjectLast] === "ADV") subjectLast--;
  // A reporting verb without content of its own ("Lynch is reaffirming her decision") is a stance too.
  const stance = ((a.pos[verb] === "VERB" || tagged) && (STANCE.has(a.lemma[verb] ?? "") || isReportingVerb(a, verb) || speechAct(a, verb, seg.last))) || (a.pos[verb] === "ADJ" && STANCE_ADJ.has(a.lower[verb] ?? "") && verb > v);
  if (v <= first || subjectLast < first || !stance) return null;
  // "The union has called a second strike", "called an election": organising an event, not a stance.
  if (a.lemma[verb] === "call") {
    let o = verb + 1;
    while (o <= seg.last && o - verb < 4 && ["DET", "ADJ", "NUM", "PRON"].includes(a.pos[o] ?? "")) o++;
    if (CALLED_EVENTS.has(a.lower[o] ?? "")) return null;
  }
  // Passive: "The plan was criticized by two council members" — the agent is the source, not the subject.
  if (a.pos[verb] === "VERB" && passive(a, v, verb)) return passiveAgent(a, seg, verb, index, registry, own);
  const frame = { cue: a.lower[verb] ?? "", speakerFirst: first, speakerLast: subjectLast, dropFirst: -1, dropLast: -2 };
  const asWritten = a.text.slice(a.start[first], a.end[subjectLast]).trim();
  if (!asWritten || subjectLast - first > 8) return null;
  const resolved = resolveSpeaker(a, frame, index, registry, own);
  if (resolved) return resolvedSource(resolved, frame.cue, asWritten);
  const head = headNoun(a, first, subjectLast);
  // "56 percent would vote for …", "About three-quarters support …": a share of those polled.
  const share = QUANTITY_HEADS.has(head) || /^(three-quarters|two-thirds|one-third|one-quarter)$/.test(head);
  if (PERSON_PRONOUN.get(head) || head === "they" || SOURCE_HEADS.has(head) || SOURCE_HEADS.has(`${head}s`) || share || hasTag(head, "Actor") || hasTag(head.replace(/s$/, ""), "Actor")) return { speaker: asWritten, cue: frame.cue, asWritten };
  return null;
}

const HONORIFIC = /^(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Rev|Sir|Dame|Lord)\.?$/;

const OPENS_SOURCE = new Set([",", ";", ":", "(", "--", "–", "—"]);

/** The first token of the sentence holding a frame (frames are found per segment, so its drop span starts there or later). */
function firstWord(a: Analysis, f: Frame): number {
  let k = f.dropFirst;
  while (k > 0 && !/^[.!?\n]$/.test(a.value[k - 1] ?? "") && !(a.value[k - 1] ?? "").includes("\n")) k--;
  return k;
}

/** Source nouns news copy uses for unnamed people ("sources", "people", "aides"). */
const SOURCE_HEADS = new Set(["people", "person", "source", "sources", "aides", "aide", "officials", "official", "experts", "critics", "residents", "voters", "supporters", "advisers", "advisors", "insiders", "executives", "lawmakers", "observers", "witnesses", "investors", "economists", "analysts", "campaign", "spokesperson", "spokesman", "spokeswoman",
  "agency", "ministry", "department", "government", "police", "office", "court", "survey", "report", "study", "data", "statement", "poll", "filing", "documents", "committee", "commission", "authorities",
  "record", "records", "figure", "figures", "analysis", "review", "audit", "newspaper", "paper", "spokesperson", "statement", "memo", "letter", "complaint", "lawsuit", "indictment",
  "member", "members", "leaders", "rivals", "opponents", "senators", "candidates", "moderators", "prosecutors", "regulators", "unions", "groups", "activists", "protesters", "doctors", "scientists", "researchers"]);

const SPEAKER_HEAD_POS = new Set(["NOUN", "PROPN", "NUM"]);

const QUANTITY_HEADS = new Set(["percent", "%", "half", "majority", "most", "many", "some", "number", "share", "third", "quarter", "two-thirds", "in"]);

function nounsIn(a: Analysis, first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k <= last; k++) if (a.pos[k] === "NOUN" || a.pos[k] === "PROPN") out.push(a.lower[k] ?? "");
  return out;
}

/** The head of a source phrase: its last noun before a "with/of/familiar/close" modifier. */
function headNoun(a: Analysis, first: number, last: number): string {
  for (let k = first; k <= last; k++) {
    if ((a.pos[k] === "NOUN" || a.pos[k] === "PROPN") && ["with", "of", "for", "familiar", "close", "who", "in", "at", "from"].includes(a.lower[k + 1] ?? "")) return a.lower[k] ?? "";
  }
  return a.lower[last] ?? "";
}

/** A source that resolved to a name; the entity only when its kind is known (keys in this order). */
function resolvedSource(resolved: { name: string; kind?: EntityKind }, cue: string, asWritten: string): Attribution {
  const source: Attribution = { speaker: resolved.name, cue, asWritten };
  if (resolved.kind) source.entity = { text: resolved.name, kind: resolved.kind };
  return source;
}

function resolveSpeaker(a: Analysis, f: Frame, index: number, registry: EntityRegistry, own: Mention[]): { name: string; kind?: EntityKind } | null {
  const inside = own.filter((m) => m.first >= f.speakerFirst && m.last <= f.speakerLast);
  const person = inside.find((m) => m.kind === "person");
  if (person) {
    // "Robert S. Ford/VERB": the tagger cut the name short; the capitalised words up to the phrase's end are still his.
    let end = person.last;
    while (end < f.speakerLast && /^[A-Z][a-z]/.test(a.value[end + 1] ?? "") && a.kind[end + 1] === "word" && a.end[end]! < a.start[end + 1]!) end++;
    if (end > person.last && end === f.speakerLast) return { name: a.text.slice(a.start[person.first], a.end[end]), kind: "person" };
    return { name: registry.canonical(person).text, kind: "person" };
  }
  if (TITLE_HEADS.has(a.lower[f.speakerLast] ?? "")) {
    // "Xiaomi's global VP says": the unnamed title stands for the person the article is about.
    const name = registry.salient("person", index);
    if (name) return { name, kind: "person" };
  }
  const named = inside[inside.length - 1];
  if (named) {
    const c = registry.canonical(named);
    return { name: c.text, kind: c.kind };
  }
  const lower = a.lower[f.speakerFirst] ?? "";
  const p = PERSON_PRONOUN.get(lower);
  if (p && f.speakerFirst === f.speakerLast) {
    const local = own.filter((m) => m.kind === "person" && m.last < f.speakerFirst).pop();
    const name = local ? registry.canonical(local).text : registry.salient("person", index - 1, p.female);
    if (name) return { name, kind: "person" };
  }
  if (lower === "it" || ORG_HEADS.has(a.lower[f.speakerLast] ?? "")) {
    // "the research firm said" after "Corvel Research" is that firm, not the article's main company.
    const modifiers = lower === "it" ? [] : a.lower.slice(f.speakerFirst, f.speakerLast).filter((w) => w.length > 2);
    const org = registry.organizationNamedWith(modifiers) ?? registry.salient("organization", index);
    if (org) return { name: org, kind: "organization" };
  }
  // "Mr. Wang", "Sen. Ortiz": an honorific names a person, even one the lexicon does not know.
  const words = a.text.slice(a.start[f.speakerFirst], a.end[f.speakerLast]).trim().split(/\s+/);
  if (words.length >= 2 && HONORIFIC.test(words[0] ?? "") && words.slice(1).every((w) => /^[A-Z]/.test(w))) {
    const bare = words.slice(1).join(" ");
    const full = registry.canonical({ first: f.speakerFirst + 1, last: f.speakerLast, text: bare, kind: "person", titled: true });
    return { name: full.text, kind: "person" };
  }
  // A name the tagger did not read as one ("Park Min-jun"): the capitalised words ending the phrase.
  const name = trailingCapitalised(a, f.speakerFirst, f.speakerLast);
  return name ? { name } : null;
}
