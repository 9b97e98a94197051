// What every report format is: a content type, a file name, and a function from batches of rows
// to chunks of output. Formats never hold more than one batch.
import type { ReportScope } from "@/lib/validation/report-scope";
import type { ScopeNames } from "../describe-scope";
import type { ReportConfig } from "../report-config";
import type { ReportCounts } from "../report-counts";
import type { ReportRow } from "../report-row";

export interface FormatContext {
  config: ReportConfig;
  scope: ReportScope;
  generatedAt: Date;
  /** Counts of the scope (for covers); only for formats with needsCounts. */
  counts: ReportCounts | null;
  /** Titles and names for the scope's ids (covers only). */
  scopeNames?: ScopeNames;
  /** ClaimReview: leave out the reviews the validator finds errors in. */
  validOnly: boolean;
}

export interface ReportFormat {
  id: string;
  label: string;
  contentType: string;
  extension: string;
  /** Shown in the browser (the printable page) rather than saved. */
  inline?: boolean;
  needsCounts?: boolean;
  /** Only verified claims with a verdict (ClaimReview). */
  verifiedOnly?: boolean;
  render: (batches: AsyncIterable<ReportRow[]>, context: FormatContext) => AsyncGenerator<string | Uint8Array>;
}
