// One claim as the report query returns it (raw codes, dates as Date); formats turn it into words.
import type { ClaimLinkType, ClaimStatus, ClaimType, EvidenceStance, Verdict } from "@/lib/generated/prisma/enums";

export interface ReportEvidence {
  url: string;
  title: string | null;
  stance: EvidenceStance;
}

export interface ReportLink {
  type: ClaimLinkType;
  /** "from": this claim links to the other; "to": the other links to this one. */
  direction: "from" | "to";
  claimId: string;
  claimText: string;
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  outlet: string | null;
  /** ISO date-time (UTC) or null. */
  publishedAt: string | null;
}

export interface ReportRow {
  id: string;
  /** Offset in the article body: with articleId and id, the report order (and the API's paging key). */
  start: number;
  text: string;
  quote: string;
  type: ClaimType;
  status: ClaimStatus;
  verdict: Verdict | null;
  finding: string | null;
  speaker: string | null;
  reviewedAt: Date | null;
  reviewerName: string | null;
  entities: unknown;
  articleId: string;
  articleTitle: string;
  articleAuthor: string | null;
  outlet: string | null;
  publishedAt: Date | null;
  articleUrl: string | null;
  evidence: ReportEvidence[];
  links: ReportLink[];
  /**
   * The articles of the claim's same-claim group (SAME_CLAIM links followed both ways, transitively),
   * earliest published first; null when the claim has no same-claim link.
   */
  appearances: ReportAppearance[] | null;
}

export interface ReportAppearance {
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  outlet: string | null;
  /** ISO date-time (UTC) or null. */
  publishedAt: string | null;
}
