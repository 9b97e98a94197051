// The built-in ClaimReview check, run before download: the fields Google's fact-check markup
// requires (errors: the review would be rejected) and recommends (warnings). A report can leave
// out the reviews with errors.
import type { ClaimReview } from "schema-dts";
import type { ReportConfig } from "./report-config";

export interface ClaimReviewProblem {
  severity: "error" | "warning";
  field: string;
  message: string;
}

export function validateClaimReview(claimReview: Exclude<ClaimReview, string>, config: ReportConfig): ClaimReviewProblem[] {
  const review = claimReview as unknown as Record<string, unknown>;
  const problems: ClaimReviewProblem[] = [];
  const error = (field: string, message: string) => problems.push({ severity: "error", field, message });
  const warning = (field: string, message: string) => problems.push({ severity: "warning", field, message });

  const claimReviewed = typeof review.claimReviewed === "string" ? review.claimReviewed.trim() : "";
  const rating = (review.reviewRating ?? {}) as Record<string, unknown>;
  const alternateName = typeof rating.alternateName === "string" ? rating.alternateName.trim() : "";

  if (!claimReviewed) error("claimReviewed", "The claim text is empty.");
  else if (alternateName && mentionsRating(claimReviewed, alternateName))
    error("claimReviewed", `The claim text carries the rating ("${alternateName}"); it must state only the claim.`);
  if (claimReviewed.length > 500) warning("claimReviewed", "The claim text is longer than 500 characters; shorten it to the claim itself.");

  if (!review.reviewRating) error("reviewRating", "No rating: the claim has no verdict.");
  else if (!alternateName) error("reviewRating.alternateName", "The rating has no words (alternateName).");
  else if (typeof rating.ratingValue === "number") {
    const best = rating.bestRating as number | undefined;
    const worst = rating.worstRating as number | undefined;
    if (best === undefined || worst === undefined) warning("reviewRating", "A numeric rating should name its best and worst values.");
    else if (rating.ratingValue > best || rating.ratingValue < worst) error("reviewRating.ratingValue", "The rating is outside its scale.");
  }

  const url = typeof review.url === "string" ? review.url : "";
  if (!url) error("url", "The review has no URL.");
  else if (!sameSite(url, config.publisherUrl))
    error("url", `The review URL (${hostOf(url) ?? url}) is not on the publisher's domain (${hostOf(config.publisherUrl) ?? config.publisherUrl}). Set REPORT_BASE_URL or CLAIMREVIEW_PUBLISHER_URL.`);

  const author = (review.author ?? {}) as Record<string, unknown>;
  if (!author.name) error("author", "The publishing organization has no name.");
  if (!author.url) warning("author.url", "The publishing organization has no URL.");
  if (!review.datePublished) warning("datePublished", "The review has no date.");

  const item = (review.itemReviewed ?? {}) as Record<string, unknown>;
  if (!item.author) warning("itemReviewed.author", "Nobody is named as the claim's author (no speaker, outlet or article author).");
  if (!item.datePublished) warning("itemReviewed.datePublished", "The article has no publication date.");
  if (!item.appearance && !item.firstAppearance) warning("itemReviewed.appearance", "No appearance of the claim is known.");
  return problems;
}

export function hasErrors(problems: ClaimReviewProblem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** "False: the mayor said…" or "…, which is misleading" stuffs the rating into the claim. */
function mentionsRating(claim: string, rating: string): boolean {
  const escaped = rating.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const text = claim.toLowerCase();
  return new RegExp(`^(${escaped})\\b\\s*[:\\-–—]`).test(text) || new RegExp(`[:\\-–—(\\[]\\s*(${escaped})[)\\].!]*$`).test(text) || text === rating.toLowerCase();
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Same registrable site: equal hosts, or one a subdomain of the other (www.paper.example ~ paper.example). */
function sameSite(a: string, b: string): boolean {
  const ha = hostOf(a);
  const hb = hostOf(b);
  if (!ha || !hb) return false;
  return ha === hb || ha.endsWith(`.${hb}`) || hb.endsWith(`.${ha}`);
}
