// Runs the ClaimReview validator over every verified claim of a scope (streamed, like the
// export) and lists the problems per claim, so the editor can fix them or leave those out.
import type { Pool } from "pg";
import type { ReportScope } from "@/lib/validation/report-scope";
import { toClaimReview } from "./claim-review";
import type { ReportConfig } from "./report-config";
import { streamReportRows } from "./stream-report-rows";
import { hasErrors, validateClaimReview, type ClaimReviewProblem } from "./validate-claim-review";

export interface ClaimReviewCheck {
  checked: number;
  /** Reviews with errors (left out when the editor asks for valid reviews only). */
  invalid: number;
  withWarnings: number;
  /** The first `listLimit` claims that have problems. */
  claims: { claimId: string; url: string; claim: string; problems: ClaimReviewProblem[] }[];
  listed: number;
}

export async function checkClaimReviews(options: { pool: Pool; scope: ReportScope; config: ReportConfig; listLimit?: number; signal?: AbortSignal }): Promise<ClaimReviewCheck> {
  const listLimit = options.listLimit ?? 200;
  const result: ClaimReviewCheck = { checked: 0, invalid: 0, withWarnings: 0, claims: [], listed: 0 };
  for await (const rows of streamReportRows({ pool: options.pool, scope: options.scope, verifiedOnly: true, signal: options.signal })) {
    for (const row of rows) {
      result.checked++;
      const review = toClaimReview(row, options.config);
      const problems = validateClaimReview(review, options.config);
      if (problems.length === 0) continue;
      if (hasErrors(problems)) result.invalid++;
      else result.withWarnings++;
      if (result.claims.length < listLimit) result.claims.push({ claimId: row.id, url: review.url as string, claim: row.text, problems });
    }
  }
  result.listed = result.claims.length;
  return result;
}
