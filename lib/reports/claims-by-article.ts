// The claims of a report in order, each with whether it opens a new article: what the printable
// formats (HTML, PDF) lay out, one article section after another.
import type { ReportConfig } from "./report-config";
import { toReportClaim, type ReportClaim } from "./report-claim";
import type { ReportRow } from "./report-row";

export interface ClaimInReport {
  claim: ReportClaim;
  /** The first claim of its article (the article's heading goes before it). */
  opensArticle: boolean;
  /** The first claim of the report. */
  first: boolean;
}

export async function* claimsByArticle(batches: AsyncIterable<ReportRow[]>, config: ReportConfig): AsyncGenerator<ClaimInReport> {
  let currentArticle: string | null = null;
  for await (const rows of batches) {
    for (let i = 0; i < rows.length; i++) {
      const claim = toReportClaim(rows[i]!, config);
      // The batch lets go of each row once laid out, so rows die young instead of outliving the batch.
      (rows as (ReportRow | undefined)[])[i] = undefined;
      const opensArticle = claim.article.id !== currentArticle;
      yield { claim, opensArticle, first: currentArticle === null };
      currentArticle = claim.article.id;
    }
  }
}
