// Pure planning of a correction: where every claim and note goes in the new text, and which newly
// extracted claims are really new. Kept apart from the transaction so it can be tested alone.
import { anchorAt, type TextAnchor } from "@/lib/anchoring/selectors";
import { relocator, type Relocated } from "@/lib/anchoring/reanchor";
import type { ExtractedClaim } from "@/lib/extraction";

export interface Anchored {
  id: string;
  start: number;
  end: number;
  /** Stored context (notes); claims use the old text's. */
  prefix?: string | null;
  suffix?: string | null;
}

export interface ReanchorPlan<T extends Anchored> {
  moves: Array<{ item: T; to: Extract<Relocated, { start: number }>; anchor: TextAnchor }>;
  orphans: T[];
}

export function planReanchoring<T extends Anchored>(oldBody: string, newBody: string, items: readonly T[]): ReanchorPlan<T> {
  const locate = relocator(oldBody, newBody);
  const plan: ReanchorPlan<T> = { moves: [], orphans: [] };
  for (const item of items) {
    const old = anchorAt(oldBody, item.start, item.end);
    const result = locate.relocate({ ...old, prefix: item.prefix ?? old.prefix, suffix: item.suffix ?? old.suffix });
    if (result.method === "orphan") plan.orphans.push(item);
    else plan.moves.push({ item, to: result, anchor: anchorAt(newBody, result.start, result.end) });
  }
  return plan;
}

/**
 * Newly extracted claims that no existing claim already covers. "Covers" = the spans overlap by at
 * least half of the shorter one, so a claim the extractor finds again (even with a slightly
 * different span) is not duplicated, and one an editor dismissed does not come back.
 */
export function newClaimsOnly(extracted: readonly ExtractedClaim[], existing: ReadonlyArray<{ start: number; end: number }>): ExtractedClaim[] {
  return extracted.filter((c) => !existing.some((e) => overlapRatio(c, e) >= 0.5));
}

/** The existing claim a new extraction describes, if any (for refreshing untouched extractor claims). */
export function matchingExtraction(claim: { start: number; end: number }, extracted: readonly ExtractedClaim[]): ExtractedClaim | undefined {
  return extracted.find((c) => overlapRatio(c, claim) >= 0.5);
}

function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return 0;
  return overlap / Math.min(a.end - a.start, b.end - b.start);
}
