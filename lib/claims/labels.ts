// Words the desk uses for the enums, shared by pages, filters and reports.
import type { ClaimStatus, ClaimType, Verdict } from "@/lib/generated/prisma/enums";

export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  QUANTITY: "Quantity",
  PERCENTAGE: "Percentage",
  MONEY: "Money",
  DATE_EVENT: "Date / event",
  COMPARISON: "Comparison",
  ATTRIBUTION: "Attributed statement",
  PREDICTION: "Prediction",
  RANKING: "Ranking / superlative",
};

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  UNREVIEWED: "Unreviewed",
  IN_REVIEW: "In review",
  VERIFIED: "Verified",
  DISMISSED: "Dismissed (not checkable)",
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  TRUE: "True",
  MOSTLY_TRUE: "Mostly true",
  MIXED: "Mixed",
  MOSTLY_FALSE: "Mostly false",
  FALSE: "False",
  MISLEADING: "Misleading",
  UNPROVEN: "Unproven",
};
