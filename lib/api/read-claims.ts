// The read API's claims: a page of the report scope (keyset paging in report order), or one claim
// with its review, evidence and cross-references, in the JSON report's shape (reportClaimSchema).
import type { Pool } from "pg";
import { NotFoundError } from "@/lib/errors";
import { InvalidInputError } from "@/lib/errors";
import type { ReportScope } from "@/lib/validation/report-scope";
import { reportRowsQuery } from "@/lib/reports/report-query";
import { mapPoolError } from "@/lib/reports/report-pool";
import type { ReportRow } from "@/lib/reports/report-row";
import { toReportClaim, type ReportClaim } from "@/lib/reports/report-claim";
import type { ReportConfig } from "@/lib/reports/report-config";

export async function listClaimsPage(options: { pool: Pool; scope: ReportScope; config: ReportConfig; limit: number; after?: string }) {
  const after = options.after ? decodeCursor(options.after) : undefined;
  const { text, values } = reportRowsQuery(options.scope, { after }, options.limit + 1);
  const { rows } = await options.pool.query<ReportRow>(text, values).catch(mapPoolError);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    claims: page.map((row) => toReportClaim(row, options.config)),
    next: rows.length > options.limit && last ? encodeCursor(last) : null,
  };
}

export async function readClaim(options: { pool: Pool; id: string; config: ReportConfig }): Promise<ReportClaim> {
  const { text, values } = reportRowsQuery({ ...EMPTY, status: [] }, { claimId: options.id }, 1);
  const { rows } = await options.pool.query<ReportRow>(text, values).catch(mapPoolError);
  if (!rows[0]) throw new NotFoundError("This claim");
  return toReportClaim(rows[0], options.config);
}

const EMPTY: ReportScope = { status: [], verdict: [], type: [], articleId: [], outlet: [], dateField: "published", evidence: false };

function encodeCursor(row: ReportRow): string {
  return Buffer.from(JSON.stringify([row.articleId, row.start, row.id])).toString("base64url");
}

function decodeCursor(value: string): { articleId: string; start: number; id: string } {
  try {
    const [articleId, start, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [unknown, unknown, unknown];
    if (typeof articleId === "string" && typeof start === "number" && Number.isInteger(start) && typeof id === "string") return { articleId, start, id };
  } catch {
    // fall through
  }
  throw new InvalidInputError("The `after` value is not one this API returned.", { after: "Use the `next` value of the previous page" });
}
