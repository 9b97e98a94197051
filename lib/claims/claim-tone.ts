// How a claim's review state is shown on the article text: one tone per state, with a verdict's
// direction for verified claims. Colour is never the only signal: each tone has its own underline
// style and words (the legend, and the mark's accessible description).
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";

export type ClaimTone = "unreviewed" | "in-review" | "verified-true" | "verified-mixed" | "verified-false" | "dismissed";

export const TONE_LABELS: Record<ClaimTone, string> = {
  unreviewed: "Unreviewed",
  "in-review": "In review",
  "verified-true": "Verified: true or mostly true",
  "verified-mixed": "Verified: mixed or unproven",
  "verified-false": "Verified: false, mostly false or misleading",
  dismissed: "Dismissed",
};

// Where claims overlap, the mark shows the one an editor most needs to see.
const PRIORITY: ClaimTone[] = ["verified-false", "verified-mixed", "in-review", "unreviewed", "verified-true", "dismissed"];

export function claimTone(claim: { status: ClaimStatus; verdict: Verdict | null }): ClaimTone {
  switch (claim.status) {
    case "UNREVIEWED":
      return "unreviewed";
    case "IN_REVIEW":
      return "in-review";
    case "DISMISSED":
      return "dismissed";
    case "VERIFIED":
      if (claim.verdict === "TRUE" || claim.verdict === "MOSTLY_TRUE") return "verified-true";
      if (claim.verdict === "FALSE" || claim.verdict === "MOSTLY_FALSE" || claim.verdict === "MISLEADING") return "verified-false";
      return "verified-mixed";
  }
}

export function strongestTone(tones: readonly ClaimTone[]): ClaimTone {
  return PRIORITY.find((t) => tones.includes(t)) ?? "unreviewed";
}

/** "Verified, False" — the words a screen reader or a tooltip gives for a claim's state. */
export function reviewStateWords(claim: { status: ClaimStatus; verdict: Verdict | null }): string {
  return claim.verdict && claim.status === "VERIFIED"
    ? `${STATUS_LABELS[claim.status]}, ${VERDICT_LABELS[claim.verdict]}`
    : STATUS_LABELS[claim.status];
}
