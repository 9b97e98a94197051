// The claims list's CSV download (/api/export/claims): verified claims of the current list filter,
// in the columns it has always had. Streamed from the report cursor (lib/reports), so it holds one
// batch in memory and passes every claim id as one array parameter (no 65,535-parameter limit).
// Fields are quoted by hand (csvField) rather than with csv-stringify, whose sync API builds a
// stream object per call: at 100,000 claims that garbage alone doubled the export's memory.
import type { Pool } from "pg";
import type { Db } from "@/lib/db";
import type { ClaimFilterCriteria } from "@/lib/validation/claim-filter";
import { claimFilterCondition } from "@/lib/claims/claim-filter-sql";
import { entityFilterNames, namesThroughPool } from "@/lib/claims/entity-filter-names";
import { EMPTY_SCOPE } from "@/lib/validation/report-scope";
import { neutralizeCell } from "./neutralize-cell";
import { getReportPool } from "./report-pool";
import type { ReportRow } from "./report-row";
import { streamReportRows } from "./stream-report-rows";

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

export async function* verifiedClaimsCsvChunks(
  filter: ClaimFilterCriteria,
  options: { pool?: Pool; signal?: AbortSignal } = {},
): AsyncGenerator<string> {
  // A byte-order mark so spreadsheet programs open UTF-8 quotes (curly quotes, accents) correctly.
  yield "\uFEFF" + csvLine([...CSV_COLUMNS]);
  // The list's own filter condition picks the claims, so the CSV matches what the list shows.
  const pool = options.pool ?? getReportPool();
  const condition = claimFilterCondition(filter, { entityNames: await entityFilterNames(namesThroughPool(pool), filter.entity) });
  const scope = { ...EMPTY_SCOPE, status: ["VERIFIED" as const] };
  for await (const rows of streamReportRows({ pool, scope, condition: { text: condition.text, values: condition.values }, signal: options.signal })) {
    yield rows.map((row) => csvLine(legacyRow(row))).join("");
  }
}

/** The whole CSV as one string (tests, small callers); the route streams the chunks instead. */
export async function verifiedClaimsCsv(_db: Db, filter: ClaimFilterCriteria, pool?: Pool): Promise<string> {
  let csv = "";
  for await (const chunk of verifiedClaimsCsvChunks(filter, { pool })) csv += chunk;
  return csv;
}

function legacyRow(c: ReportRow): string[] {
  return [
    c.id,
    c.text,
    c.quote,
    c.type,
    c.verdict ?? "",
    c.finding ?? "",
    c.evidence.map((e) => e.url).join(" "),
    c.reviewerName ?? "",
    c.reviewedAt?.toISOString() ?? "",
    c.articleTitle,
    c.outlet ?? "",
    c.publishedAt?.toISOString().slice(0, 10) ?? "",
    c.articleUrl ?? "",
  ];
}

/** One CSV line (RFC 4180 quoting, formulas neutralized). */
export function csvLine(fields: string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** One field: quoted when it holds a quote, comma or line break, quotes doubled. */
export function csvField(value: string): string {
  const safe = neutralizeCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

