// Check-worthiness: how much an editor would want this verified. Concrete figures about named
// parties score high; hedged, evaluative, first-person or exhortative wording scores low. The
// same score, with the sentence's factuality, decides whether a candidate is emitted (DECISION).
import type { ClaimType } from "./types";
import type { Features } from "./features";

/**
 * When a candidate becomes a claim. Rule scores (checkworthiness below) and the sentence's
 * factuality (factuality/model.ts) both count. Tuned by scripts/tune-extraction.ts on our own
 * gold articles, a tenth of the ClaimBuster crowd labels and of the CheckThat training tweets the
 * model never saw, and PolNeAR training articles; never on the expert-labelled set, the held-out
 * articles or the dev splits the benchmark reports. Only that script changes these values at run time.
 */
export const DECISION = {
  /** Rule score a figure-, date-, comparison- or rank-anchored candidate needs. */
  emit: 0.5,
  /** Factuality below which even an anchored candidate is dropped ("I have two daughters"). */
  anchoredFloor: 0.05,
  /** Rule score a whole-sentence candidate (prediction, attribution, narrated event) needs. */
  sentence: 0.6,
  /** Factuality a whole-sentence candidate found by the rules needs. */
  ruleSentence: 0.2,
  /** The same, when the sentence quotes someone's own words, evaluates or wishes. */
  ruleView: 0.5,
  /** Factuality at which a sentence the rules found nothing in is still a claim (a plain statement). */
  statement: 0.5,
  /** The same for a plain statement that quotes someone's own words, evaluates or wishes (above 1: never). */
  softStatement: 1.01,
  /**
   * The same for one that evaluates or states a belief in the writer's own third-person words, with
   * no source and no "I/we/you" ("Vaccines are outpacing total infections", "the Norvax shot is
   * safe and effective"): social-media claims are often worded so. Quoted words, and a judgement as
   * the predicate ("the mood was upbeat"), stay under softStatement. 0.9 until the sixth
   * CheckThat pass (docs/extraction.md), which added scene-setting narration and the judgement rule.
   */
  softOpinion: 0.8,
  /** The same when a named source or a speaking "I/we/you" holds the view ("I think we cut taxes three times"). */
  softView: 0.9,
  /**
   * Factuality a whole-sentence claim needs when nothing in it can be looked up: no name, date,
   * figure, source or first-person speaker ("Relatives waited on plastic chairs" is scene-setting).
   */
  unanchored: 0.6,
};

/** A claim at or above this is reported as check-worthy (ClaimBuster CFS class). */
export const CHECKWORTHY_THRESHOLD = 0.6;

/** The reported check-worthiness: the rule score, tempered by how factual the sentence reads. */
export function blend(ruleScore: number, factuality: number): number {
  return Math.round((0.7 * ruleScore + 0.3 * factuality) * 100) / 100;
}

const BASE: Record<ClaimType, number> = {
  money: 0.85,
  percentage: 0.85,
  quantity: 0.75,
  ranking: 0.7,
  comparison: 0.65,
  date_event: 0.62,
  prediction: 0.58,
  attribution: 0.55,
};

export interface ScoreInput {
  type: ClaimType;
  features: Features;
  /** Named people, organisations and places in the sentence. */
  entityCount: number;
  /** A small number written in words ("two stores"). */
  weakFigure: boolean;
  hasSpeaker: boolean;
  /** The claim has a checkable anchor: a figure, a specific date or a named entity. */
  anchored: boolean;
  hasFigure: boolean;
  /** A stated goal with a deadline: first-person wording does not make it an opinion. */
  pledge: boolean;
}

export function checkworthiness(s: ScoreInput): number {
  const f = s.features;
  let score = BASE[s.type];
  score += Math.min(2, s.entityCount) * 0.05;
  if (s.hasSpeaker) score += 0.03;
  if (!s.anchored) score -= 0.2;
  if (s.weakFigure) score -= 0.12;
  if (f.firstPersonOpinion) score -= s.pledge ? 0.05 : 0.35;
  else if (f.firstPerson && !f.pastEvent) score -= 0.1;
  if (f.secondPerson) score -= 0.2;
  if (f.deontic) score -= 0.25;
  // A forecast is hedged by nature ("could fall"); elsewhere a hedge marks speculation.
  if (f.hedge && s.type !== "prediction") score -= 0.1;
  if (f.imperative) score -= 0.25;
  if (f.conditional) score -= 0.15;
  if (f.evaluative) score -= 0.1;
  // A pledge's "want"/"aim" is the commitment itself, not a belief about the world.
  if (f.belief && !s.pledge) score -= 0.2;
  if (f.quoted && !s.hasFigure && s.type !== "prediction") score -= 0.15;
  // A short sentence is usually a fragment, unless it names who did what ("Apple acquired Beats.").
  if (f.words < 5 && !(f.pastEvent && s.entityCount > 0)) score -= 0.2;
  if (f.question) score -= 0.5;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
