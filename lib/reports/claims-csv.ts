// CSV report of verified claims, for the current claims-list filter.
import { stringify } from "csv-stringify/sync";
import type { Db } from "@/lib/db";
import type { ClaimFilterCriteria } from "@/lib/validation/claim-filter";
import { claimFilterCondition } from "@/lib/claims/claim-filter-sql";
import { neutralizeCell } from "./neutralize-cell";

export const CSV_COLUMNS = [
  "claim_id",
  "claim",
  "quote",
  "type",
  "verdict",
  "review_note",
  "evidence_urls",
  "reviewed_by",
  "reviewed_at",
  "article_title",
  "outlet",
  "published",
  "article_url",
] as const;

export async function verifiedClaimsCsv(db: Db, filter: ClaimFilterCriteria): Promise<string> {
  // The list's own filter condition picks the claims, so the report matches what the list shows.
  const matching = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM claims c WHERE ${claimFilterCondition(filter)} AND c.status = 'VERIFIED'`;
  const claims = await db.claim.findMany({
    where: { id: { in: matching.map((m) => m.id) } },
    orderBy: [{ articleId: "asc" }, { start: "asc" }],
    include: {
      article: { select: { title: true, outlet: true, publishedAt: true, sourceUrl: true } },
      reviewer: { select: { name: true } },
      evidence: { select: { url: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const rows = claims.map((c) => [
    c.id,
    c.text,
    c.quote,
    c.type,
    c.verdict ?? "",
    c.reviewNote ?? "",
    c.evidence.map((e) => e.url).join(" "),
    c.reviewer?.name ?? "",
    c.reviewedAt?.toISOString() ?? "",
    c.article.title,
    c.article.outlet ?? "",
    c.article.publishedAt?.toISOString().slice(0, 10) ?? "",
    c.article.sourceUrl ?? "",
  ]);
  // A byte-order mark so spreadsheet programs open UTF-8 quotes (curly quotes, accents) correctly.
  return "\uFEFF" + stringify([[...CSV_COLUMNS], ...rows], { cast: { string: neutralizeCell } });
}

/** Kept for callers of the old name: the rule lives in ./neutralize-cell.ts. */
export const neutralizeFormula = neutralizeCell;
