// One schema.org ClaimReview per verified claim (types from schema-dts).
// itemReviewed is the Claim: its author is the speaker when the article attributes the claim,
// else the outlet; its appearances are the article and every claim linked to it as SAME_CLAIM,
// earliest published first, the earliest being firstAppearance.
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

/** The claim's own article and its SAME_CLAIM cross-references, earliest published first (undated last). */
function appearancesOf(row: ReportRow): Appearance[] {
  const own = { title: row.articleTitle, url: row.articleUrl, outlet: row.outlet, publishedAt: dayOf(row.publishedAt), key: row.articleId };
  const linked = row.links
    .filter((l) => l.type === "SAME_CLAIM")
    .map((l) => ({ title: l.articleTitle, url: l.articleUrl, outlet: l.outlet, publishedAt: dayOf(l.publishedAt), key: l.articleId }));
  const seen = new Set<string>();
  return [own, ...linked]
    .filter((a) => (seen.has(a.key) ? false : (seen.add(a.key), true)))
    .sort((a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999"))
    .map((a) => ({
      "@type": "NewsArticle" as const,
      headline: a.title,
      ...(a.url ? { url: a.url } : {}),
      ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
      ...(a.outlet ? { publisher: { "@type": "Organization" as const, name: a.outlet } } : {}),
    }));
}
