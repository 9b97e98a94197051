// CSV with readable columns: one row per claim, evidence and cross-references one per line in their
// cells. Cells are neutralized against spreadsheet formula injection, as in the claims export.
import { csvLine } from "../claims-csv";
import { toReportClaim } from "../report-claim";
import type { ReportFormat } from "./format";

export const REPORT_CSV_COLUMNS = [
  "Claim",
  "Link",
  "Quote",
  "Type",
  "Status",
  "Verdict",
  "Finding",
  "Speaker",
  "Article",
  "Article author",
  "Outlet",
  "Published",
  "Article URL",
  "Reviewed by",
  "Reviewed at",
  "Evidence",
  "Cross-references",
  "Claim ID",
] as const;

export const csvFormat: ReportFormat = {
  id: "csv",
  label: "CSV (spreadsheet)",
  contentType: "text/csv; charset=utf-8",
  extension: "csv",
  async *render(batches, { config }) {
    // A byte-order mark so spreadsheet programs read UTF-8 (curly quotes, accents) correctly.
    yield "\uFEFF" + csvLine([...REPORT_CSV_COLUMNS]);
    for await (const rows of batches) {
      let chunk = "";
      for (const row of rows) {
        const c = toReportClaim(row, config);
        chunk += csvLine([
          c.claim,
          c.url,
          c.quote,
          c.type,
          c.status,
          c.verdict ?? "",
          c.finding ?? "",
          c.speaker ?? "",
          c.article.title,
          c.article.author ?? "",
          c.article.outlet ?? "",
          c.article.publishedAt ?? "",
          c.article.sourceUrl ?? "",
          c.reviewer ?? "",
          c.reviewedAt ?? "",
          c.evidence.map((e) => `${e.stance}: ${e.title ? `${e.title} ` : ""}${e.url}`).join("\n"),
          c.crossReferences.map((x) => `${x.relation}: ${x.claim} (${[x.articleTitle, x.outlet, x.publishedAt].filter(Boolean).join(", ")}) ${x.claimUrl}`).join("\n"),
          c.id,
        ]);
      }
      yield chunk;
    }
  },
};
