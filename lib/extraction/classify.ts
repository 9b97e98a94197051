// Which parts of a sentence are claims, and of what type. One claim per checkable assertion:
// each figure (money, percentage, count), each dated event, each comparison or ranking not
// already carried by a figure; failing those, the sentence as a whole when it reports a past
// event, a prediction or an attributed statement about named parties.
import type { ClaimType, Entity, ExtractedClaim, Quantity } from "./types";
import type { Analysis } from "./nlp";
import type { Segment } from "./segment";
import type { Figure, DateMention, SentenceFigures } from "./numbers";
import type { Frame } from "./attribution";
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
  speaker: { speaker: string; cue: string } | null;
  /** Probability that the sentence states something checkable (factuality/model.ts). */
  factuality: number;
}

interface Candidate {
  type: ClaimType;
  focus: Span | null;
  figure?: Figure;
  period?: DateMention;
  anchored: boolean;
  /** A goal with a deadline ("we want every new car … emission-free by 2025"): checkable when it falls due. */
  pledge?: boolean;
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

function isConversion(a: Analysis, f: Figure, all: Figure[]): boolean {
  return a.value[f.first - 1] === "(" && all.some((o) => o !== f && o.last === f.first - 2);
}

function isWeak(f: Figure): boolean {
  return f.kind === "count" && f.wordy && f.value < 10 && !f.comparator;
}

/** Dates that say when a figure applies: "20 million handsets in 2013", "2,000 phones in one day". */
function periodFor(a: Analysis, f: Figure, dates: DateMention[], all: Figure[], seg: Segment): DateMention | undefined {
  // The nearest date after the figure, unless another figure stands between them (then it is that one's).
  const after = dates.find(
    (d) => d.first > f.last && d.first - f.last <= 8 && sameClause(a, f.last, d.first) && !all.some((o) => o.first > f.last && o.last < d.first),
  );
  if (after) return after;
  // A date before the figure only when it opens the sentence: "In 2013, Xiaomi sold …".
  return dates.find((d) => d.first - seg.first <= 1 && d.last < f.first && !all.some((o) => o.first < f.first && o.first > d.last));
}

const MAX_FIGURES = 8;

function candidates(ctx: SegmentContext): Candidate[] {
  const { a, features: f, figures } = ctx;
  if (f.question) return [];
  const out: Candidate[] = [];
  const used = new Set<DateMention>();
  const own = figures.figures.filter((x) => !isConversion(a, x, figures.figures) && !isComparisonBase(a, x, figures.figures));
  const strong = own.filter((x) => !isWeak(x));
  // A sentence with more figures than MAX_FIGURES is a table or a list pasted as prose: its first
  // figures are claims, the rest would only repeat them (and cost time quadratic in its length).
  const chosen = (strong.length ? strong : own.filter((x) => x.unit && x.kind === "count")).slice(0, MAX_FIGURES);
  for (const fig of chosen) {
    if (hypothetical(a, ctx.seg, fig.first)) continue;
    const period = periodFor(a, fig, figures.dates, own, ctx.seg);
    if (period) used.add(period);
    const type: ClaimType = fig.kind === "money" ? "money" : fig.kind === "percent" ? "percentage" : "quantity";
    out.push({ type, focus: { first: fig.first, last: fig.last }, figure: fig, ...(period ? { period } : {}), anchored: true });
  }
  const coveredByFigure = (i: number) => chosen.some((x) => sameClause(a, x.first, i));
  for (const d of figures.dates) {
    if (!d.specific || used.has(d) || coveredByFigure(d.first) || hypothetical(a, ctx.seg, d.first)) continue;
    if (!clauseHasVerb(a, ctx.seg, d.first)) continue;
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
  if (out.length) return out;
  // No figure, date, comparison or rank: the sentence itself may still be a claim. A resolved
  // pronoun ("It updates its software weekly") names its party as well as the name would.
  const named = ctx.entities.length > 0 || ctx.resolutions.length > 0 || ctx.speaker !== null;
  // A named source's hedged forecast: "prices could fall in the second half, the CFO told analysts".
  if (ctx.speaker && f.hedge && named && !f.firstPerson) return [{ type: "prediction", focus: null, anchored: true }];
  if (f.future && (named || figures.dates.length > 0)) return [{ type: "prediction", focus: null, anchored: named }];
  if (ctx.speaker && named && (f.presentState || f.pastEvent)) return [{ type: "attribution", focus: null, anchored: true }];
  // A past event told plainly (no opinion, obligation, hedge or condition) is a checkable record,
  // whoever the subject is: "He served as governor for eight years", "I voted against that bill".
  const plain = !f.firstPersonOpinion && !f.deontic && !f.hedge && !f.conditional && !f.belief && !f.imperative;
  if (f.pastEvent && (named || figures.dates.length > 0 || plain)) return [{ type: "date_event", focus: null, anchored: true }];
  // A plain present-tense statement about a named party, or one carrying a date or duration.
  const thirdPerson = !f.firstPerson && !f.secondPerson;
  if (plain && thirdPerson && !f.evaluative && (f.presentState || f.copula) && (named || figures.dates.length > 0)) {
    return [{ type: "date_event", focus: null, anchored: true }];
  }
  return [];
}

/** A figure or date in an "if"/"unless" clause is a supposition, not a record. */
function hypothetical(a: Analysis, seg: Segment, i: number): boolean {
  let lo = i;
  while (lo > seg.first && !CLAUSE_PUNCT.has(a.value[lo - 1] ?? "")) lo--;
  for (let k = lo; k < i; k++) if (a.lower[k] === "if" || a.lower[k] === "unless") return true;
  return false;
}

function insideFigure(figures: Figure[], i: number): boolean {
  return figures.some((x) => x.first <= i && x.last >= i);
}

/** "the first company to …", "the third-largest": an ordinal that ranks, not one that sequences. */
function ordinalRank(a: Analysis, ordinals: number[], seg: Segment): number {
  for (const o of ordinals) {
    if (a.lower[o - 1] !== "the" && a.lower[o - 1] !== "'s") continue;
    for (let k = o + 1; k <= Math.min(seg.last, o + 4); k++) {
      if (a.lower[k] === "to" && a.pos[k + 1] === "VERB") return o;
    }
  }
  return -1;
}

const FUTURE_WORDS = new Set(["will", "'ll", "shall", "expects", "expect", "expected", "plans", "plan", "going", "forecast", "forecasts", "projected", "aims", "until"]);

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
  for (let k = lo; k <= i; k++) if (FUTURE_WORDS.has(a.lower[k] ?? "")) return true;
  return false;
}

function clauseHasVerb(a: Analysis, seg: Segment, i: number): boolean {
  let lo = i;
  while (lo > seg.first && !CLAUSE_PUNCT.has(a.value[lo - 1] ?? "")) lo--;
  let hi = i;
  while (hi < seg.last && !CLAUSE_PUNCT.has(a.value[hi + 1] ?? "")) hi++;
  for (let k = lo; k <= hi; k++) if (a.pos[k] === "VERB" || a.pos[k] === "AUX") return true;
  return false;
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
  if (f.question || f.imperative || f.words < 3 || (f.words < 5 && !(f.pastEvent && ctx.entities.length > 0))) return null;
  // Someone's own words with no figure or date in them are usually a view ("“I have high hopes
  // for …,” he says"; "“It makes perfect sense to build here”").
  if ((f.directQuote || f.evaluative || f.belief) && ctx.factuality < DECISION.softStatement) return null;
  const type: ClaimType = f.future ? "prediction" : ctx.speaker ? "attribution" : "date_event";
  return { type, focus: null, anchored: ctx.entities.length > 0 || ctx.figures.dates.length > 0 };
}

// A claim text that stops on one of these lost its predicate to frame or aside removal
// ("Norvian National Bank was also", "Said one engineer").
const DANGLING_END = new Set(["was", "were", "is", "are", "be", "been", "has", "had", "have", "also", "said", "says", "told", "the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "with", "and", "or", "but", "that", "than"]);

function fragment(text: string, quote: string): boolean {
  const words = text.toLowerCase().split(" ");
  const last = words[words.length - 1] ?? "";
  // Only where the cut made it so: a sentence that itself ends "…than it was." is whole.
  const quoteLast = quote.toLowerCase().replace(/[^\p{L}\p{N}]+$/u, "").split(/\s+/).pop() ?? "";
  return (DANGLING_END.has(last) && last !== quoteLast) || /^(said|says|told)\b/.test(words[0] ?? "");
}

function sentenceText(quote: string): string {
  return quote.replace(/[\s.!?;:,"“”'‘’]+$/u, "").replace(/^["“”'‘’\s]+/u, "");
}

export function claimsForSegment(ctx: SegmentContext): ExtractedClaim[] {
  // Newsroom boilerplate about who did not comment is never the claim.
  if (ctx.features.noComment) return [];
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
  const seen = new Set<string>();
  const siblings = all.filter((c) => c.figure && c.focus).map((c) => c.focus!);
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
      (c.focus
        ? score >= DECISION.emit && ctx.factuality >= DECISION.anchoredFloor
        : score >= DECISION.sentence && ctx.factuality >= (view ? DECISION.ruleView : DECISION.ruleSentence));
    if (!keep) continue;
    const normalized = claimText({ a, seg, focus: c.focus, frames: ctx.frames, figures: ctx.figures.figures, resolutions: ctx.resolutions, siblings });
    // A cut that left a fragment ("He voted against it and") is worse than the sentence itself.
    const text = fragment(normalized, quote) ? sentenceText(quote) : normalized;
    if (text.split(" ").length < 2 || seen.has(text)) continue;
    seen.add(text);
    const claim: ExtractedClaim = { text, quote, start: seg.start, end: seg.end, type: c.type, checkworthiness: blend(score, ctx.factuality) };
    if (c.figure) {
      const q: Quantity = { value: c.figure.value };
      if (c.figure.unit) q.unit = c.figure.unit;
      else if (c.figure.currency) q.unit = c.figure.currency;
      if (c.figure.comparator) q.comparator = c.figure.comparator;
      if (c.period) q.period = c.period.text.replace(/^(in|during|for|by|since|over)\s+/i, "");
      claim.quantity = q;
      if (c.figure.kind === "money" && c.figure.currency) claim.money = { amount: c.figure.value, currency: c.figure.currency };
    }
    if (ctx.speaker) claim.attribution = { ...ctx.speaker };
    if (ctx.entities.length) claim.entities = ctx.entities.map((e) => ({ ...e }));
    out.push(claim);
  }
  return out;
}
