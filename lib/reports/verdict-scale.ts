// The desk's verdicts on schema.org's numeric rating scale for ClaimReview (1 = worst, 5 = best).
// The mapping and why is written in docs/reports.md. "Unproven" is not a point on the true–false
// scale, so it carries no number: only its words (alternateName), as Google's ClaimReview allows.
import type { Verdict } from "@/lib/generated/prisma/enums";
import { VERDICT_LABELS } from "@/lib/claims/labels";

export const RATING_SCALE = { bestRating: 5, worstRating: 1 } as const;

export const VERDICT_RATING: Record<Verdict, number | null> = {
  TRUE: 5,
  MOSTLY_TRUE: 4,
  MIXED: 3,
  MISLEADING: 2,
  MOSTLY_FALSE: 2,
  FALSE: 1,
  UNPROVEN: null,
};

export function verdictRating(verdict: Verdict) {
  const value = VERDICT_RATING[verdict];
  return {
    alternateName: VERDICT_LABELS[verdict],
    ...(value === null ? {} : { ratingValue: value, ...RATING_SCALE }),
  };
}
