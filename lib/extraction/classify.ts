// Which parts of a sentence are claims, and of what type. One claim per checkable assertion:
// each figure (money, percentage, count), each dated event, each comparison or ranking not
// already carried by a figure; failing those, the sentence as a whole when it reports a past
// event, a prediction or an attributed statement about named parties.
import type { Attribution, ClaimType, Entity, ExtractedClaim, Quantity } from "./types";
import type { Analysis } from "./nlp";
import type { Segment } from "./segment";
import type { Figure, DateMention, SentenceFigures } from "./numbers";
import { frameOnly, isReportingVerb, type Frame } from "./attribution";
import type { Features } from "./features";
import { claimText, type Replacement, type Span } from "./normalize";
import { relationalComma } from "./relational";
import { blend, checkworthiness, DECISION } from "./score";

export interface SegmentContext {
  a: Analysis;
  seg: Segment;
  features: Features;
  figures: SentenceFigures;
  frames: Frame[];
  /** Canonical entities named in the sentence. */
  entities: Entity[];
  resolutions: Replacement[];
  /** Speaker of the first frame that has one, already resolved. */
  speaker: Attribution | null;
  /** Sources of frames inside a subordinate or relative clause, each for its own content only. */
  embedded?: EmbeddedSource[];
  /** Probability that the sentence states something checkable (factuality/model.ts). */
  factuality: number;
}

export interface EmbeddedSource {
  /** Token span of the content the source is for. */
  first: number;
  last: number;
  attribution: Attribution;
}

interface Candidate {
  type: ClaimType;
  focus: Span | null;
  figure?: Figure;
  period?: DateMention;
  anchored: boolean;
  /** A goal with a deadline ("we want every new car … emission-free by 2025"): checkable when it falls due. */
  pledge?: boolean;
  baseline?: { figure: Figure; period?: DateMention };
  converted?: Figure;
  /** This candidate is the baseline of another figure in the sentence, claimed on its own. */
  baselineOf?: Figure;
  /** A named source's reported statement ("Ortiz said the depot closed"): that it was said is checkable. */
  reported?: boolean;
  /** The source of a subordinate or relative clause's content, when the candidate lies in it. */
  source?: Attribution;
}

// Commitments, not wishes: "we want every car electric by 2025" is a goal someone can be held to;
// "I hope the war ends by 2025" is not.
const GOAL_VERBS = new Set(["want", "aim", "plan", "intend", "pledge", "promise", "commit", "target", "vow", "seek", "expect"]);

/** A deadline ("by 2025") in the same clause as a verb of commitment. */
function isPledge(a: Analysis, seg: Segment, d: DateMention): boolean {
  if (a.lower[d.first - 1] !== "by" && a.lower[d.first] !== "by") return false;
  for (let k = d.first - 1; k >= seg.first && !CLAUSE_PUNCT.has(a.value[k] ?? ""); k--) {
    if (GOAL_VERBS.has(a.lemma[k] ?? "") && (a.pos[k] === "VERB" || a.pos[k] === "NOUN")) return true;
  }
  return false;
}

const CLAUSE_PUNCT = new Set([",", ";", ":", "--", "–", "—", "(", ")"]);

function sameClause(a: Analysis, i: number, j: number): boolean {
  const [lo, hi] = i < j ? [i, j] : [j, i];
  for (let k = lo + 1; k < hi; k++) if (CLAUSE_PUNCT.has(a.value[k] ?? "") && !relationalComma(a, k)) return false;
  return true;
}

/** "1.9 trillion won ($1.78 billion)": a conversion in brackets restates, it does not add a claim. */
/** "…300,000 rides a day, up from 120,000 a year ago": the second figure is the first one's baseline. */
function isComparisonBase(a: Analysis, f: Figure, all: Figure[]): boolean {
  const prior = all.filter((o) => o.last < f.first);
  if (!prior.length) return false;
  for (let k = f.first - 1; k > prior[prior.length - 1]!.last; k--) {
    if (relationalComma(a, k)) return true;
    if (CLAUSE_PUNCT.has(a.value[k] ?? "")) return false;
  }
  return false;
}

/** "74.3 billion yuan ($12 billion)", "1,999 yuan, or about $320": the same amount in another currency. */
function conversionOf(a: Analysis, f: Figure, all: Figure[]): Figure | undefined {
  if (f.kind !== "money") return undefined;
  // "1,500 marks (about $1,650)": a sum in a currency the lexicon does not know is money all the
  // same when the article converts it; the bracket restates it.
  if (a.value[f.first - 1] === "(") {
    return all.find((o) => o !== f && (o.kind === "money" ? o.last : o.kind === "count" && o.unitLast === o.last + 1 ? o.unitLast : -1) === f.first - 2);
  }
  let k = f.first - 1;
  if (a.lower[k] !== "or") return undefined;
  k--;
  if (a.value[k] === ",") k--;
  return all.find((o) => o !== f && o.kind === "money" && o.last === k);
}

/** Whether a baseline is also a claim of its own (see docs/extraction.md, "Baselines"). */
export const BASELINE_CLAIMS = { on: true };
/** Two figures in one clause are two claims even when their clause reads the same. */
export const DEDUPE = { byFigure: true };

/**
 * The figure a figure is compared with: after a relational comma (", up from 5% a year ago"),
 * after "from" in the same clause ("rose to 7.4% from 6.9%"), or before it in "from X to Y".
 */
function baselineFor(a: Analysis, f: Figure, all: Figure[]): Figure | undefined {
  const next = all.find((o) => o.first > f.last);
  if (next && isComparisonBase(a, next, all) && !all.some((o) => o.first > f.last && o.last < next.first)) return next;
  // "rose to 7.4% from 6.9%": the same kind of figure; "a forecast of $1.6 billion from 21 analysts" is not a baseline.
  const alike = (o: Figure) => o.kind === f.kind && (o.kind !== "count" || !o.unit || o.unit === f.unit);
  if (next && alike(next) && a.lower[next.first - 1] === "from" && sameClause(a, f.last, next.first) && next.first - f.last <= 6) return next;
  let prev: Figure | undefined;
  for (const o of all) if (o.last < f.first) prev = o;
  if (prev && alike(prev) && a.lower[prev.first - 1] === "from" && a.lower[f.first - 1] === "to" && prev.last >= f.first - 3) return prev;
  return undefined;
}

function isConversion(a: Analysis, f: Figure, all: Figure[]): boolean {
  return conversionOf(a, f, all) !== undefined;
}

function isWeak(f: Figure): boolean {
  return f.kind === "count" && f.wordy && f.value < 10 && !f.comparator;
}

/** Dates that say when a figure applies: "20 million handsets in 2013", "2,000 phones in one day". */
function periodFor(a: Analysis, f: Figure, dates: DateMention[], all: Figure[], seg: Segment): DateMention | undefined {
  // The nearest date after the figure, unless another figure stands between them (then it is that one's).
  const after = dates.find(
    (d) => d.first > f.last && d.first - f.last <= 8 && sameEvent(a, f.last, d.first) && !all.some((o) => o.first > f.last && o.last < d.first),
  );
  if (after) return after;
  // A date before the figure only when it opens the sentence: "In 2013, Xiaomi sold …".
  return dates.find((d) => d.first - seg.first <= 3 && d.last < f.first && !all.some((o) => o.first < f.first && o.first > d.last));
}

const MAX_FIGURES = 8;

function candidates(ctx: SegmentContext): Candidate[] {
  const out = baseCandidates(ctx);
  if (!ctx.embedded?.length) return out;
  const base = out.length;
  const f = ctx.features;
  for (const e of ctx.embedded) {
    let inside = false;
    for (const c of out) {
      if (c.focus && c.focus.first >= e.first && c.focus.last <= e.last) {
        c.source = e.attribution;
        inside = true;
      }
    }
    // "…, when Ruiz said the plant had closed": what was said is a claim of its own when the rules
    // found nothing else in the sentence, and it is no question, supposition or demand.
    if (inside || !REPORTED_STATEMENTS.on || base > 0 || f.question || f.conditional || f.deontic || f.counterfactual >= 0 || f.secondPerson || f.directQuote) continue;
    let verb = -1;
    for (let k = e.first; k <= e.last && verb < 0; k++) if (ctx.a.pos[k] === "VERB" || ctx.a.pos[k] === "AUX") verb = k;
    if (verb >= 0) out.push({ type: f.future ? "prediction" : "attribution", focus: { first: verb, last: verb }, anchored: true, reported: true, source: e.attribution });
  }
  return out;
}

function baseCandidates(ctx: SegmentContext): Candidate[] {
  const { a, features: f, figures } = ctx;
  if (f.question) return [];
  const out: Candidate[] = [];
  const used = new Set<DateMention>();
  const bases = new Set(figures.figures.map((x) => baselineFor(a, x, figures.figures)).filter((x): x is Figure => x !== undefined));
  const own = figures.figures.filter((x) => !isConversion(a, x, figures.figures) && !isComparisonBase(a, x, figures.figures) && !bases.has(x));
  // A duration is a claim of its own only where no other figure states the clause's fact ("rose
  // 31% over 20 months" is one claim, "has worked there for 22 years" is one).
  const strong = own.filter((x) => !isWeak(x) && !(x.duration && own.some((o) => o !== x && !o.duration && !isWeak(o) && sameClause(a, o.first, x.first))));
  // A sentence with more figures than MAX_FIGURES is a table or a list pasted as prose: its first
  // figures are claims, the rest would only repeat them (and cost time quadratic in its length).
  // Without a strong figure, a small count in words that counts something anchors the claim
  // ("served three combat tours"), but "one" does not: "one organiser said", "one place short",
  // "one reason" single something out rather than count it.
  // Someone's own words counting in words ("“I have been to hospital four times this year,” said
  // …") tell a story; only the reporter's small counts anchor a claim.
  const chosen = (strong.length ? strong : f.directQuote ? [] : own.filter((x) => x.unit && x.kind === "count" && x.value !== 1)).slice(0, MAX_FIGURES);
  for (const fig of chosen) {
    if (hypothetical(a, ctx.seg, fig.first, f.counterfactual)) continue;
    // "according to two people familiar with the matter", "three officials said": a count in words
    // inside the source says who spoke, it is no claim (a share, "41 percent said", still is).
    if (fig.kind === "count" && fig.wordy && fig.unit && a.lower[fig.last + 1] !== "in" && ctx.frames.some((fr) => fr.speakerFirst >= 0 && fr.speakerFirst <= fig.first && fr.speakerLast >= fig.last)) continue;
    const period = periodFor(a, fig, figures.dates, own, ctx.seg);
    if (period) used.add(period);
    const converted = figures.figures.find((o) => conversionOf(a, o, figures.figures) === fig);
    const type: ClaimType = fig.kind === "money" || converted ? "money" : fig.kind === "percent" ? "percentage" : "quantity";
    const base = baselineFor(a, fig, figures.figures);
    const basePeriod = base ? periodFor(a, base, figures.dates, figures.figures, ctx.seg) : undefined;
    if (basePeriod) used.add(basePeriod);
    out.push({
      type, focus: { first: fig.first, last: fig.last }, figure: fig, ...(period ? { period } : {}), anchored: true,
      ...(base ? { baseline: { figure: base, ...(basePeriod ? { period: basePeriod } : {}) } } : {}),
      ...(converted ? { converted } : {}),
    });
    // The baseline is a figure of its own that an editor checks against its own source.
    if (base && BASELINE_CLAIMS.on) out.push({ type: "comparison", focus: { first: base.first, last: base.last }, figure: base, ...(basePeriod ? { period: basePeriod } : {}), anchored: true, baselineOf: fig });
  }
  const coveredByFigure = (i: number) => chosen.some((x) => sameClause(a, x.first, i));
  // Calendar dates first: a weekday in the same clause must not take a month's or a year's place.
  for (const d of [...figures.dates].sort((x, y) => Number(y.specific) - Number(x.specific))) {
    // "Join us on March 17": an invitation, not an event on record.
    if (f.imperative) break;
    // A weekday dates an event the article's date pins down ("a flash flood swept through the
    // campsite late on Saturday"), but not the day something was said ("said on Monday").
    // Only what a named party did, or an event in a clause of its own ("after talks broke down late
    // on Sunday"): "Dusk fell on Monday" is the scene, and a judgement stays one whatever its day.
    const datable = d.specific || (d.weekday && !inFrame(ctx, d) && !f.evaluative && (namedSubject(ctx) || subordinateEvent(a, ctx.seg, d.first)));
    if (!datable || used.has(d) || coveredByFigure(d.first) || hypothetical(a, ctx.seg, d.first, f.counterfactual)) continue;
    // ", in 2019." after a clause: the date belongs to the clause before it.
    if (!clauseHasVerb(a, ctx.seg, d.first) && !trailingDate(a, ctx.seg, d)) continue;
    if (out.some((c) => c.type === "date_event" && c.focus && sameClause(a, c.focus.first, d.first))) continue;
    const pledge = isPledge(a, ctx.seg, d);
    out.push({ type: pledge || clauseIsFuture(a, ctx.seg, d.first) ? "prediction" : "date_event", focus: { first: d.first, last: d.last }, anchored: true, pledge });
  }
  if (f.comparative >= 0 && !coveredByFigure(f.comparative) && !insideFigure(figures.figures, f.comparative)) {
    out.push({ type: "comparison", focus: { first: f.comparative, last: f.comparative }, anchored: ctx.entities.length > 0 || figures.figures.length > 0 });
  }
  const rank = f.superlative >= 0 ? f.superlative : ordinalRank(a, figures.ordinals, ctx.seg);
  if (rank >= 0 && !coveredByFigure(rank)) {
    out.push({ type: "ranking", focus: { first: rank, last: rank }, anchored: ctx.entities.length > 0 });
  }
  // A forecast in its own clause ("…said the company -- which … in recent months … -- will likely
  // begin sales in Southeast Asia") is a claim beside the sentence's other ones.
  const will = futureMarker(a, ctx.seg);
  if (out.length && will >= 0 && !out.some((c) => c.focus && sameClause(a, c.focus.first, will))) {
    out.push({ type: "prediction", focus: { first: will, last: will }, anchored: ctx.entities.length > 0 });
  }
  if (out.length) {
    // "Ana Ruiz, 58, who runs the depot, says the line lost money": the figure is the reporter's
    // aside; what she says is a claim of its own.
    const aside = frameAside(ctx);
    if (REPORTED_STATEMENTS.on && aside && out.every((c) => c.focus && c.focus.first > aside.first && c.focus.last < aside.last) && reportedStatement(ctx)) {
      const verb = contentVerb(ctx);
      if (verb >= 0) out.push({ type: f.future ? "prediction" : "attribution", focus: { first: verb, last: verb }, anchored: true, reported: true });
    }
    return out;
  }
  // What did not happen ("the library would have stayed open") and a scene's gestures are no record.
  if (f.counterfactual >= 0 || f.narration) return [];
  if (pronounSpeech(ctx)) return [];
  // Scene-setting and narration name nothing a record could be found for: unless the model is
  // very sure, a sentence without a name, date, source or speaking "I/we" is not a claim.
  const lookup = ctx.entities.length > 0 || ctx.resolutions.length > 0 || ctx.speaker !== null || figures.dates.some((d) => d.specific) || f.firstPerson;
  if (!lookup && ctx.factuality < DECISION.unanchored) return [];
  // No figure, date, comparison or rank: the sentence itself may still be a claim. A resolved
  // pronoun ("It updates its software weekly") names its party as well as the name would.
  const named = ctx.entities.length > 0 || ctx.resolutions.length > 0 || ctx.speaker !== null;
  // A named source's reported statement, told in the reporter's words ("Ortiz argued that the
  // depot had closed", "Lee warned the fund would run dry"): what was said is on record, whatever
  // its content, unless it is a demand, a supposition or the speaker's own opinion.
  if (REPORTED_STATEMENTS.on && reportedStatement(ctx)) return [{ type: f.future ? "prediction" : "attribution", focus: null, anchored: true, reported: true }];
  // A named source's hedged forecast: "prices could fall in the second half, the CFO told analysts".
  if (ctx.speaker && f.hedge && named && !f.firstPerson) return [{ type: "prediction", focus: null, anchored: true }];
  if (f.future && (named || figures.dates.length > 0)) return [{ type: "prediction", focus: null, anchored: named }];
  if (ctx.speaker && named && (f.presentState || f.pastEvent)) return [{ type: "attribution", focus: null, anchored: true }];
  // A past event told plainly (no opinion, obligation, hedge or condition) is a checkable record,
  // whoever the subject is: "He served as governor for eight years", "I voted against that bill".
  const plain = !f.firstPersonOpinion && !f.deontic && !f.hedge && !f.conditional && !f.belief && !f.imperative;
  // Without a date, only what a named party did or is counts: "Volunteers stacked blankets", "She
  // ordered sparkling water", "We met in a room high above the harbour" are the scene a feature is
  // told in (development sets 3 and 4: 27 of 31 undated narrations were not claims; requiring a
  // named subject cost 1.4 points of PolNeAR train statements found, mostly attitudes of a "he").
  if (figures.dates.length === 0 && !namedSubject(ctx)) return [];
  // A judgement in the past tense ("X has been a disappointment") is still a judgement, unless dated.
  if (f.pastEvent && (named || figures.dates.length > 0 || plain) && (!f.judgement || figures.dates.some((d) => d.specific))) return [{ type: "date_event", focus: null, anchored: true }];
  // A plain present-tense statement about a named party, or one carrying a date or duration.
  const thirdPerson = !f.firstPerson && !f.secondPerson;
  if (plain && thirdPerson && !f.evaluative && (f.presentState || f.copula) && (named || figures.dates.length > 0)) {
    return [{ type: "date_event", focus: null, anchored: true }];
  }
  return [];
}

const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "i", "we", "you"]);

/**
 * The main clause's subject names a party: a word of a named entity before the main verb ("Xiaomi
 * opened …", "Last year the Marlshire Society named …"), or a pronoun or description resolved to an
 * organisation ("It updates its software weekly"). A resolved "she" is a person in a scene more
 * often than a party on record.
 */
function namedSubject(ctx: SegmentContext): boolean {
  const { a, seg } = ctx;
  let from = seg.first;
  // An opening phrase ("In Dunmere's parish hall, …") is where, not who.
  if (["ADP", "SCONJ", "ADV"].includes(a.pos[from] ?? "")) {
    let k = from;
    while (k < seg.last && a.value[k] !== ",") k++;
    if (k < seg.last) from = k + 1;
  }
  let verb = from;
  while (verb <= seg.last && a.pos[verb] !== "VERB" && a.pos[verb] !== "AUX") verb++;
  const words = new Set(ctx.entities.flatMap((e) => e.text.split(/\s+/)));
  for (let i = from; i < verb; i++) {
    if (a.pos[i] === "PROPN" && words.has(a.value[i] ?? "")) return true;
    if (ctx.resolutions.some((r) => r.first <= i && r.last >= i) && !PERSON_PRONOUNS.has(a.lower[i] ?? "")) return true;
  }
  return false;
}

/** The sentence's own frame that names its speaker and has words to drop (not one inside a subordinate clause). */
function speakerFrame(ctx: SegmentContext) {
  const { speaker } = ctx;
  if (!speaker) return undefined;
  return ctx.frames.find((x) => !x.embedded && x.cue === speaker.cue && x.speakerFirst >= 0 && x.dropFirst >= 0);
}

/**
 * The commas around an appositive between the speaker and the verb of the frame ("Ana Ruiz, the
 * mayor who took office in May, said …"), as token indices; null when the frame has none.
 */
function frameAside(ctx: SegmentContext): Span | null {
  const { a } = ctx;
  const fr = speakerFrame(ctx);
  if (!fr || a.value[fr.speakerLast + 1] !== ",") return null;
  let close = -1;
  for (let k = fr.speakerLast + 2; k <= fr.dropLast; k++) if (a.value[k] === ",") close = k;
  return close > fr.speakerLast + 1 ? { first: fr.speakerLast + 1, last: close } : null;
}

/** The first verb after the speaker's frame: where the reported content's clause is. */
function contentVerb(ctx: SegmentContext): number {
  const { a, seg } = ctx;
  const fr = speakerFrame(ctx);
  if (!fr) return -1;
  for (let k = fr.dropLast + 1; k <= seg.last; k++) if (a.pos[k] === "VERB" || a.pos[k] === "AUX") return k;
  return -1;
}

/**
 * The sentence reports, in the reporter's words, what its named source said: a frame with a
 * reporting verb (or "according to") whose source is the sentence's speaker, and content of
 * its own. A direct quotation is left to the factuality model (its own words are often a view),
 * and so are demands, suppositions, first-person opinions and counterfactuals, which no record settles.
 */
function reportedStatement(ctx: SegmentContext): boolean {
  const { seg, features: f, speaker } = ctx;
  if (!speaker || f.directQuote || f.quoted || f.deontic || f.conditional || f.firstPersonOpinion || f.counterfactual >= 0 || f.narration || f.secondPerson) return false;
  const words = (from: number, to: number) => {
    let n = 0;
    for (let k = from; k <= to; k++) if (ctx.a.kind[k] === "word") n++;
    return n;
  };
  // Content of four words or more: "He adds that they listen too" says too little to look up.
  return ctx.frames.some(
    (fr) =>
      !fr.embedded &&
      fr.cue === speaker.cue &&
      fr.cue !== ":" &&
      fr.speakerFirst >= 0 &&
      fr.speakerFirst <= fr.speakerLast &&
      ((fr.dropLast < seg.last - 2 && words(fr.dropLast + 1, seg.last) >= 4) || (fr.dropFirst > seg.first + 2 && words(seg.first, fr.dropFirst - 1) >= 4)),
  );
}

/**
 * A figure or date in an "if"/"unless" clause is a supposition, not a record; so is one in a
 * counterfactual ("Without the subsidy, the line would have closed in 2019") or in the condition
 * that opens it ("Had Verdane kept its plant, 400 jobs would have been saved").
 */
function hypothetical(a: Analysis, seg: Segment, i: number, counterfactual = -1): boolean {
  let lo = i;
  while (lo > seg.first && !CLAUSE_PUNCT.has(a.value[lo - 1] ?? "")) lo--;
  for (let k = lo; k < i; k++) if (a.lower[k] === "if" || a.lower[k] === "unless") return true;
  if (counterfactual < 0) return false;
  let hi = i;
  while (hi < seg.last && !CLAUSE_PUNCT.has(a.value[hi + 1] ?? "")) hi++;
  // The counterfactual's own clause, or the condition before it ("Had …," / "Without …,").
  if (counterfactual >= lo && counterfactual <= hi) return true;
  return hi < counterfactual && (lo === seg.first || a.lower[lo] === "had" || a.lower[lo] === "without");
}

function insideFigure(figures: Figure[], i: number): boolean {
  return figures.some((x) => x.first <= i && x.last >= i);
}

/** "the first company to …", "the third-largest": an ordinal that ranks, not one that sequences. */
function ordinalRank(a: Analysis, ordinals: number[], seg: Segment): number {
  for (const o of ordinals) {
    // "was fifth a year ago", "finished seventh in the league", "came second": a place in a table.
    // "is seeking a fourth term", "the third increase in three years": a count of times.
    const prev = a.lower[o - 1] ?? "";
    if (PLACE_VERBS.has(prev) || PLACE_VERBS.has(a.lemma[o - 1] ?? "")) return o;
    if ((prev === "a" || prev === "the" || prev === "its" || prev === "his" || prev === "her" || prev === "their") && ORDINAL_TIMES.has(a.lower[o + 1] ?? "")) return o;
    if (a.lower[o - 1] !== "the" && a.lower[o - 1] !== "'s") continue;
    for (let k = o + 1; k <= Math.min(seg.last, o + 4); k++) {
      if (a.lower[k] === "to" && a.pos[k + 1] === "VERB") return o;
    }
  }
  return -1;
}

const PLACE_VERBS = new Set(["was", "is", "were", "are", "finish", "finished", "rank", "ranked", "ranks", "come", "came", "place", "placed", "end", "ended"]);
/** Nouns an ordinal counts occurrences of: "a fourth term", "the third increase", "a second time". */
const ORDINAL_TIMES = new Set(["term", "time", "increase", "rise", "cut", "straight", "consecutive", "successive", "year", "quarter", "month", "win", "victory", "defeat", "round"]);

const FUTURE_WORDS = new Set(["will", "'ll", "shall", "expects", "expect", "expected", "plans", "plan", "going", "forecast", "forecasts", "projected", "aims", "until"]);

const FUTURE_NOUNS = new Set(["plan", "plans", "forecast", "forecasts"]);

function futureMarker(a: Analysis, seg: Segment): number {
  for (let k = seg.first; k <= seg.last; k++) {
    const w = a.lower[k] ?? "";
    if ((w === "will" || w === "'ll") && (a.pos[k + 1] === "VERB" || a.pos[k + 1] === "ADV" || a.pos[k + 1] === "AUX")) return k;
  }
  return -1;
}

function clauseIsFuture(a: Analysis, seg: Segment, i: number): boolean {
  let lo = i;
  while (lo > seg.first && !CLAUSE_PUNCT.has(a.value[lo - 1] ?? "")) lo--;
  for (let k = lo; k <= i; k++) {
    const w = a.lower[k] ?? "";
    // "plan" and "forecast" look ahead only as verbs ("Officials plan to …", which the tagger may
    // call a noun); after a determiner they are things: "That plan failed in 2019" is a past event.
    if (FUTURE_WORDS.has(w) && !(FUTURE_NOUNS.has(w) && a.pos[k] !== "VERB" && (a.pos[k - 1] === "DET" || a.pos[k - 1] === "PRON" || a.pos[k - 1] === "ADJ" || a.lower[k + 1] !== "to"))) return true;
  }
  return false;
}

const STATEMENT_NOUNS = new Set(["statement", "report", "letter", "interview", "briefing", "conference", "memo", "post", "speech", "release", "filing", "call"]);
const RELEASE_VERBS = new Set(["publish", "release", "issue", "post", "speak", "talk"]);

/**
 * The day something was said, not an event: inside a frame's words, or within a few words after a
 * reporting verb or a word for a statement ("said on Monday", "officials said Sunday", "figures
 * published on Monday showed", "in a statement on Thursday").
 */
function inFrame(ctx: SegmentContext, d: DateMention): boolean {
  const { a } = ctx;
  if (ctx.frames.some((fr) => fr.dropFirst >= 0 && fr.dropFirst <= d.first && fr.dropLast >= d.last)) return true;
  for (let k = Math.max(ctx.seg.first, d.first - 5); k < d.first; k++) {
    if (isReportingVerb(a, k) || RELEASE_VERBS.has(a.lemma[k] ?? "") || STATEMENT_NOUNS.has(a.lower[k] ?? "")) return true;
  }
  return false;
}

// Not "as" ("As dusk fell on Monday, …" sets a scene) and not "before"/"until" ("before lunch on Thursday").
const EVENT_SUBORDINATORS = new Set(["where", "when", "after", "since"]);

/**
 * The date lies in a clause of its own opened by "where", "when", "after" or "since", with its own
 * subject and verb ("…, where a flood swept through the campsite late on Saturday", "after talks
 * broke down late on Sunday night").
 */
function subordinateEvent(a: Analysis, seg: Segment, i: number): boolean {
  for (let k = i - 1; k >= seg.first && k >= i - 12 && !CLAUSE_PUNCT.has(a.value[k] ?? ""); k--) {
    if (!EVENT_SUBORDINATORS.has(a.lower[k] ?? "")) continue;
    for (let v = k + 2; v < i; v++) if (a.pos[v] === "VERB" || a.pos[v] === "AUX") return true;
    return false;
  }
  return false;
}

/** The verb an index hangs on: the nearest verb before it in its clause, else the first after it. */
function governingVerb(a: Analysis, i: number): number {
  for (let k = i; k >= 0 && !CLAUSE_PUNCT.has(a.value[k] ?? ""); k--) if (a.pos[k] === "VERB" || a.pos[k] === "AUX") return skipAuxiliaries(a, k);
  for (let k = i + 1; k < a.value.length && !CLAUSE_PUNCT.has(a.value[k] ?? ""); k++) if (a.pos[k] === "VERB" || a.pos[k] === "AUX") return skipAuxiliaries(a, k);
  return -1;
}

/** "has been fined": the auxiliaries and the verb they go with are one verb (the last of the run). */
function skipAuxiliaries(a: Analysis, k: number): number {
  let j = k;
  while ((a.pos[j + 1] === "VERB" || a.pos[j + 1] === "AUX" || (a.pos[j + 1] === "ADV" && (a.pos[j + 2] === "VERB" || a.pos[j + 2] === "AUX"))) && j < k + 4) j++;
  return a.pos[j] === "ADV" ? j - 1 : j;
}

/** Same clause and the same verb: the figure and the date tell one event. */
function sameEvent(a: Analysis, i: number, j: number): boolean {
  return sameClause(a, i, j) && governingVerb(a, i) === governingVerb(a, j);
}

/** ", in 2019." or ", on December 3." closing the sentence: a verbless date piece after a clause. */
function trailingDate(a: Analysis, seg: Segment, d: DateMention): boolean {
  const opener = a.pos[d.first - 1] === "ADP" ? d.first - 1 : d.first;
  if (a.value[opener - 1] !== ",") return false;
  let end = d.last + 1;
  while (end <= seg.last && /^[.!?"”’)]$/.test(a.value[end] ?? "")) end++;
  return end > seg.last && clauseHasVerb(a, seg, opener - 2);
}

function clauseHasVerb(a: Analysis, seg: Segment, i: number): boolean {
  let lo = i;
  while (lo > seg.first && !CLAUSE_PUNCT.has(a.value[lo - 1] ?? "")) lo--;
  let hi = i;
  while (hi < seg.last && !CLAUSE_PUNCT.has(a.value[hi + 1] ?? "")) hi++;
  for (let k = lo; k <= hi; k++) if (a.pos[k] === "VERB" || a.pos[k] === "AUX") return true;
  return false;
}

const DEICTIC = new Set(["this", "that", "these", "those", "it", "they"]);
const QUOTE_MARKS = new Set(["“", "”", "\"", "‘", "’"]);

/**
 * Someone's words about "this", "that", "it" or "they" left unresolved, with no figure or date:
 * "“This was a strong month,” said an analyst", "They never listen,” she added". Nobody can look
 * up what the pronoun stands for, so the words are a view or a remark, not a claim.
 */
function pronounSpeech(ctx: SegmentContext): boolean {
  const { a, seg } = ctx;
  let quoteMark = false;
  for (let k = seg.first; k <= seg.last && !quoteMark; k++) quoteMark = QUOTE_MARKS.has(a.value[k] ?? "");
  // The frame is not always found ("“They will act. They always do,” said …" splits the quotation).
  if (!quoteMark) return false;
  if (ctx.figures.figures.length || ctx.figures.dates.some((d) => d.specific)) return false;
  let first = seg.first;
  while (first <= seg.last && a.kind[first] !== "word") first++;
  if (!DEICTIC.has(a.lower[first] ?? "")) return false;
  // "That plan failed": a determiner names its noun; the pronoun is followed by its verb.
  const next = first + 1;
  if (a.lower[first] === "that" || a.lower[first] === "this" || a.lower[first] === "these" || a.lower[first] === "those") {
    if (!(a.pos[next] === "VERB" || a.pos[next] === "AUX" || a.pos[next] === "ADV" || /^'/.test(a.value[next] ?? ""))) return false;
  }
  if (ctx.resolutions.some((r) => r.first <= first && r.last >= first)) return false;
  // A name in the words themselves gives them something to check ("They will not have as many
  // Xiaomi fans as in Taiwan"); the speaker's name and title in the frame do not.
  // The words run from the pronoun to the closing quotation mark.
  for (let k = first + 1; k <= seg.last && !QUOTE_MARKS.has(a.value[k] ?? ""); k++) if (a.pos[k] === "PROPN") return false;
  return true;
}

/**
 * A sentence the rules found nothing in, but that reads as a factual statement ("Barra joined
 * Xiaomi from Google's Android team", "Unemployment went up"): the sentence itself is the claim.
 */
function statement(ctx: SegmentContext): Candidate | null {
  const f = ctx.features;
  // Debate and interview speech wraps facts in opinion frames ("I think we cut taxes three
  // times"), so the model's reading decides; only questions, commands and fragments stay out.
  // Very short sentences are usually fragments, unless a named party did something ("Apple acquired Beats.").
  if (f.question || f.imperative || f.counterfactual >= 0 || f.narration || f.words < 3 || (f.words < 5 && !(f.pastEvent && ctx.entities.length > 0))) return null;
  if (pronounSpeech(ctx)) return null;
  // Someone's own words with no figure or date in them are usually a view ("“I have high hopes
  // for …,” he says"; "“It makes perfect sense to build here”"). An evaluative word or a belief
  // verb in the writer's own words wraps a fact often enough that a sure reading of the model
  // wins ("Trial data show the Norvax shot is safe"); not when any word is quoted ("Bush called
  // Trump “unhinged.”", "says he did “great”"): a quoted word in an evaluative sentence is
  // someone's characterisation. A source's or a speaking "I/we/you"'s opinion wording needs more
  // certainty than the writer's own third-person wording (a memoir's "I told her not to worry");
  // a verdict as the predicate ("The mood was upbeat", "Councillors said their voters were
  // furious", "has been a disappointment") is never a plain statement: no record settles it.
  if (f.directQuote && ctx.factuality < DECISION.softStatement) return null;
  if (f.evaluative || f.belief) {
    const writersOwn = ctx.speaker === null && !f.firstPerson && !f.secondPerson;
    const needed = f.quotesWords || f.verdict ? DECISION.softStatement : writersOwn ? DECISION.softOpinion : DECISION.softView;
    if (ctx.factuality < needed) return null;
  }
  const lookup = ctx.entities.length > 0 || ctx.resolutions.length > 0 || ctx.speaker !== null || ctx.figures.dates.some((d) => d.specific) || f.firstPerson;
  if (!lookup && ctx.factuality < DECISION.unanchored) return null;
  const type: ClaimType = f.future ? "prediction" : ctx.speaker ? "attribution" : "date_event";
  return { type, focus: null, anchored: ctx.entities.length > 0 || ctx.figures.dates.length > 0 };
}

// A claim text that stops on one of these lost its predicate to frame or aside removal
// ("Norvian National Bank was also", "Said one engineer").
const DANGLING_END = new Set(["was", "were", "is", "are", "be", "been", "has", "had", "have", "also", "said", "says", "told", "the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "with", "and", "or", "but", "that", "than"]);

function fragment(text: string, quote: string): boolean {
  // Only the last and first words matter; no splitting of the whole text (this runs per claim).
  const last = text.slice(text.lastIndexOf(" ") + 1).toLowerCase();
  if (/^(said|says|told)\b/i.test(text)) return true;
  if (!DANGLING_END.has(last)) return false;
  // Only where the cut made it so: a sentence that itself ends "…than it was." is whole.
  let end = quote.length;
  while (end > 0 && !/[\p{L}\p{N}]/u.test(quote[end - 1]!)) end--;
  const quoteLast = quote.slice(quote.lastIndexOf(" ", end - 1) + 1, end).toLowerCase();
  return last !== quoteLast;
}

function sentenceText(quote: string): string {
  return quote.replace(/[\s.!?;:,"“”'‘’]+$/u, "").replace(/^["“”'‘’\s]+/u, "");
}

const FIGURE_KIND: Record<string, string> = { money: "money", percent: "percentage", count: "count" };

/** Why the claim was extracted, in words an editor can judge at a glance. */
function reasonFor(ctx: SegmentContext, c: Candidate, isStatement: boolean): string {
  const { a } = ctx;
  const parts: string[] = [];
  const words = (s: { first: number; last: number }) => a.text.slice(a.start[s.first], a.end[s.last]);
  if (c.baselineOf) parts.push(`baseline figure ${c.figure!.display}, compared with ${c.baselineOf.display}`);
  else if (c.figure) {
    let p = `figure ${c.figure.display} (${c.converted ? "money" : FIGURE_KIND[c.figure.kind]}${c.figure.range ? `, ${c.figure.range === "or" ? "alternatives" : "range"}` : ""})`;
    if (c.period) p += ` for ${periodText(c.period)}`;
    if (c.baseline) p += `, compared with ${c.baseline.figure.display}`;
    parts.push(p);
  } else if (c.type === "date_event" && c.focus) parts.push(`dated event (${words(c.focus)})`);
  else if (c.type === "comparison" && c.focus) parts.push(`comparison ("${words(c.focus)}")`);
  else if (c.type === "ranking" && c.focus) parts.push(`ranking ("${words(c.focus)}")`);
  else if (c.type === "prediction") parts.push(c.pledge ? "a commitment with a deadline" : "a forecast or plan");
  else if (c.reported) parts.push("a reported statement");
  else if (isStatement) parts.push(`reads as a factual statement (${Math.round(ctx.factuality * 100)}% by the news model)`);
  else if (c.type === "date_event") parts.push("a narrated event or state of a named party");
  if (ctx.speaker) {
    const written = ctx.speaker.asWritten ?? ctx.speaker.speaker;
    const resolved = written.includes(ctx.speaker.speaker) ? "" : ` [${ctx.speaker.speaker}]`;
    parts.push(`attributed to ${written}${resolved} (${ctx.speaker.cue})`);
  }
  else if (c.type === "attribution") parts.push("a reported statement");
  return parts.join("; ");
}

/**
 * Whether a named source's reported statement without a figure, date or other anchor is a claim of
 * its own ("Ortiz argued that the depot had closed"). Off: with it on, the held-out news set's extra
 * claims rose from 29.8% to 34.6% of gold (sources fourth pass, docs/extraction.md), though it found
 * 3 points more of PolNeAR's statements and added no extra on the development sets.
 */
export const REPORTED_STATEMENTS = { on: false };

/** Quote spans at clause level (see docs/extraction.md, "Spans"); off: the whole sentence. */
export const CLAUSE_SPANS = { on: true };

/** Character span of a clause, widened over a closing quote mark or bracket left open inside it. */
function clauseSpan(a: Analysis, seg: Segment, clause: Span): { start: number; end: number } {
  let last = clause.last;
  if (a.value[last + 1] === "%" || (a.value[last + 1] === ")" && a.text.slice(a.start[clause.first], a.end[last]).includes("("))) last++;
  const start = a.start[clause.first] ?? seg.start;
  const end = a.end[last] ?? seg.end;
  return start < end ? { start, end } : { start: seg.start, end: seg.end };
}

function periodText(d: DateMention): string {
  return d.text.replace(/^(in|during|for|by|since|over)\s+/i, "");
}

export function claimsForSegment(ctx: SegmentContext): ExtractedClaim[] {
  // Newsroom boilerplate about who did not comment is never the claim.
  if (ctx.features.noComment || frameOnly(ctx.a, ctx.seg)) return [];
  const claims = emit(ctx, candidates(ctx), false);
  if (claims.length || ctx.factuality < DECISION.statement) return claims;
  // Nothing the rules found survived, yet the sentence reads as a factual statement.
  const fallback = statement(ctx);
  return fallback ? emit(ctx, [fallback], true) : [];
}

function emit(ctx: SegmentContext, all: Candidate[], isStatement: boolean): ExtractedClaim[] {
  const { a, seg } = ctx;
  const quote = a.text.slice(seg.start, seg.end);
  const out: ExtractedClaim[] = [];
  const clauses: Span[] = [];
  const seen = new Set<string>();
  const siblings = all.filter((c) => c.figure && c.focus).map((c) => c.focus!);
  const aside = frameAside(ctx);
  // Dated events and ranks divide a coordination too: "The fine was imposed in March 2025 and is
  // the largest ever levied" states two things an editor checks apart.
  const events = all.filter((c) => c.focus && !c.figure && (c.type === "ranking" || c.type === "date_event" || c.type === "prediction")).map((c) => c.focus!);
  for (const c of all) {
    const score = checkworthiness({
      type: c.type,
      features: ctx.features,
      entityCount: ctx.entities.length,
      weakFigure: c.figure ? isWeak(c.figure) : false,
      hasSpeaker: ctx.speaker !== null,
      anchored: c.anchored,
      hasFigure: c.figure !== undefined,
      pledge: c.pledge === true,
    });
    // A figure, date, comparison or rank anchors a claim; the sentence must still not read as
    // opinion. A whole-sentence claim has no anchor, so its sentence must read as factual, and
    // surely so when it is someone's own words, an evaluation or a wish.
    const f = ctx.features;
    const view = f.directQuote || f.evaluative || f.belief;
    const keep =
      isStatement ||
      (c.reported && ctx.factuality >= (f.evaluative || f.belief ? DECISION.ruleView : DECISION.ruleSentence)) ||
      (c.focus
        ? score >= DECISION.emit && ctx.factuality >= DECISION.anchoredFloor
        : score >= DECISION.sentence && ctx.factuality >= (view ? DECISION.ruleView : DECISION.ruleSentence));
    if (!keep) continue;
    const clause: Span = { first: seg.first, last: seg.last };
    // A frame inside a subordinate clause is dropped only from the claim it sources.
    const frames = c.source || !ctx.embedded?.length ? ctx.frames : ctx.frames.filter((x) => !x.embedded);
    const normalized = claimText({ a, seg, focus: c.focus, frames, figures: ctx.figures.figures, resolutions: ctx.resolutions, siblings, events, clause });
    // A cut that left a fragment ("He voted against it and") is worse than the sentence itself.
    const broken = fragment(normalized, quote);
    const text = broken ? sentenceText(quote) : normalized;
    // The quote is the clause that carries the claim, so the article's highlight shows what is
    // claimed; the whole sentence when the wording fell back to it.
    const span = broken || !CLAUSE_SPANS.on ? { start: seg.start, end: seg.end } : clauseSpan(a, seg, clause);
    clauses.push(broken ? { first: seg.first, last: seg.last } : clause);
    const key = DEDUPE.byFigure || c.baselineOf ? `${text}|${c.figure?.first ?? ""}` : text;
    if (!text.includes(" ") || seen.has(key)) continue;
    seen.add(key);
    const claim: ExtractedClaim = { text, quote: a.text.slice(span.start, span.end), start: span.start, end: span.end, type: c.type, checkworthiness: blend(score, ctx.factuality) };
    if (c.figure) {
      const q: Quantity = { value: c.figure.value };
      if (c.figure.unit) q.unit = c.figure.unit;
      else if (c.figure.currency) q.unit = c.figure.currency;
      if (c.figure.comparator) q.comparator = c.figure.comparator;
      if (c.period) q.period = periodText(c.period);
      if (c.figure.upper !== undefined) q.upper = c.figure.upper;
      if (c.baseline) {
        const b = c.baseline.figure;
        q.baseline = { value: b.value, ...(b.comparator ? { comparator: b.comparator } : {}), ...(c.baseline.period ? { period: periodText(c.baseline.period) } : {}) };
      }
      claim.quantity = q;
      const currency = c.figure.kind === "money" ? c.figure.currency : c.converted ? c.figure.unit : undefined;
      if (currency) {
        claim.money = { amount: c.figure.value, currency };
        if (c.converted?.currency) claim.money.converted = { amount: c.converted.value, currency: c.converted.currency };
      }
    }
    // A figure or date inside the frame's own words ("X, the official who joined in October,
    // said …") is the reporter's, not the speaker's: that claim gets no source.
    const own = c.focus !== null && aside !== null && c.focus.first > aside.first && c.focus.last < aside.last;
    const speaker = c.source ?? (own ? null : ctx.speaker);
    claim.reason = reasonFor(speaker === ctx.speaker ? ctx : { ...ctx, speaker }, c, isStatement);
    if (speaker) claim.attribution = copyAttribution(speaker);
    if (ctx.entities.length) claim.entities = ctx.entities.map((e) => ({ ...e }));
    out.push(claim);
  }
  return CLAUSE_SPANS.on ? shareSentence(a, seg, out, clauses) : out;
}

/**
 * A claim's own copy of a source (the same source object serves every claim of a sentence). Plain
 * copies instead of a conditional spread, which V8 builds key by key; the keys keep their order.
 */
export function copyAttribution(source: Attribution): Attribution {
  const copy = { ...source };
  if (source.entity) copy.entity = { ...source.entity };
  return copy;
}

/**
 * Each claim's quote is the part of the sentence that carries it: its clause, widened over the
 * words no other claim of the sentence needs (frames, asides, an appositive name). A sentence
 * with one claim is quoted whole; one with several is divided between them.
 */
function shareSentence(a: Analysis, seg: Segment, claims: ExtractedClaim[], clauses: Span[]): ExtractedClaim[] {
  // The distinct clauses in order of first appearance, then by start (a sentence has a handful).
  const distinct: Span[] = [];
  for (const c of clauses) if (!distinct.some((d) => d.first === c.first && d.last === c.last)) distinct.push(c);
  distinct.sort((x, y) => x.first - y.first);
  claims.forEach((claim, k) => {
    const own = clauses[k]!;
    let first = seg.first;
    let last = seg.last;
    for (const other of distinct) {
      if (other.first === own.first && other.last === own.last) continue;
      // Another claim's clause before this one bounds it on the left, one after on the right;
      // nested or overlapping clauses (a borrowed subject) leave the bound where it is.
      if (other.last < own.first) first = Math.max(first, other.last + 1);
      else if (other.first > own.last) last = Math.min(last, other.first - 1);
    }
    while (first < own.first && (a.pos[first] === "PUNCT" || a.pos[first] === "CCONJ") && !/^["“‘(]$/.test(a.value[first] ?? "")) first++;
    while (last > own.last && (a.value[last] === "," || a.pos[last] === "CCONJ" || a.lower[last] === "while")) last--;
    // In place: the claims are this sentence's own, just made by emit.
    claim.start = a.start[first] ?? claim.start;
    claim.end = a.end[last] ?? claim.end;
    claim.quote = a.text.slice(claim.start, claim.end);
  });
  return claims;
}
