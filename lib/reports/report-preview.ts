// The /reports page's preview: the first claims of the scope, in report order.
import type { Pool } from "pg";
import type { ReportScope } from "@/lib/validation/report-scope";
import { reportRowsQuery } from "./report-query";
import { mapPoolError } from "./report-pool";
import type { ReportRow } from "./report-row";

export const PREVIEW_SIZE = 20;

export async function reportPreview(pool: Pool, scope: ReportScope): Promise<ReportRow[]> {
  const { text, values } = reportRowsQuery(scope, {}, PREVIEW_SIZE);
  const { rows } = await pool.query<ReportRow>(text, values).catch(mapPoolError);
  return rows;
}
