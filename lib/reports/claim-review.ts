// One schema.org ClaimReview per verified claim (types from schema-dts).
// itemReviewed is the Claim: its author is the speaker when the article attributes the claim,
// else the outlet; its appearances are the articles of its same-claim group (SAME_CLAIM links
// followed both ways, transitively), earliest published first, the earliest being firstAppearance.
import type { ClaimReview, CreativeWork, Organization, Person } from "schema-dts";
import { claimUrl, type ReportConfig } from "./report-config";
import { dayOf } from "./report-claim";
import type { ReportRow } from "./report-row";
import { verdictRating } from "./verdict-scale";

export const SCHEMA_ORG_CONTEXT = "https://schema.org";

type Appearance = CreativeWork & { "@type": "CreativeWork" | "NewsArticle" };

export function toClaimReview(row: ReportRow, config: ReportConfig): ClaimReview & { "@type": "ClaimReview" } {
  const appearances = appearancesOf(row);
  const claimAuthor: Person | Organization | undefined = row.speaker
    ? { "@type": "Person", name: row.speaker }
    : row.outlet
      ? { "@type": "Organization", name: row.outlet }
      : row.articleAuthor
        ? { "@type": "Person", name: row.articleAuthor }
        : undefined;
  return {
    "@type": "ClaimReview",
    url: claimUrl(config, row.id),
    claimReviewed: row.text,
    ...(row.reviewedAt ? { datePublished: dayOf(row.reviewedAt)! } : {}),
    author: { "@type": "Organization", name: config.publisherName, url: config.publisherUrl },
    ...(row.finding ? { reviewBody: row.finding } : {}),
    ...(row.verdict ? { reviewRating: { "@type": "Rating", ...verdictRating(row.verdict) } } : {}),
    itemReviewed: {
      "@type": "Claim",
      ...(claimAuthor ? { author: claimAuthor } : {}),
      ...(row.publishedAt ? { datePublished: dayOf(row.publishedAt)! } : {}),
      ...(appearances.length ? { appearance: appearances } : {}),
      ...(appearances.length > 1 ? { firstAppearance: appearances[0] } : {}),
    },
    ...(row.evidence.length ? { citation: row.evidence.map((e) => ({ "@type": "CreativeWork" as const, url: e.url, ...(e.title ? { name: e.title } : {}) })) } : {}),
  };
}

/**
 * Every article of the claim's same-claim group (transitive, from the report query), earliest
 * published first; a claim without such links appears in its own article only.
 */
function appearancesOf(row: ReportRow): Appearance[] {
  const group = row.appearances?.length
    ? row.appearances
    : [{ articleId: row.articleId, articleTitle: row.articleTitle, articleUrl: row.articleUrl, outlet: row.outlet, publishedAt: row.publishedAt }];
  return group.map((a) => {
    const publishedAt = dayOf(a.publishedAt);
    return {
      "@type": "NewsArticle" as const,
      headline: a.articleTitle,
      ...(a.articleUrl ? { url: a.articleUrl } : {}),
      ...(publishedAt ? { datePublished: publishedAt } : {}),
      ...(a.outlet ? { publisher: { "@type": "Organization" as const, name: a.outlet } } : {}),
    };
  });
}
