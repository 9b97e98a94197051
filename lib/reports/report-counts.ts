// How many claims a scope holds, by status and verdict, and from how many articles: the report
// page's counts and the printable cover. One GROUP BY in PostgreSQL.
import type { Pool } from "pg";
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";
import type { ReportScope } from "@/lib/validation/report-scope";
import { reportCountsQuery, type ScopeOptions } from "./report-query";
import { mapPoolError } from "./report-pool";

export interface ReportCounts {
  claims: number;
  articles: number;
  byStatus: Partial<Record<ClaimStatus, number>>;
  byVerdict: Partial<Record<Verdict, number>>;
}

export async function reportCounts(pool: Pool, scope: ReportScope, options: ScopeOptions = {}): Promise<ReportCounts> {
  const { text, values } = reportCountsQuery(scope, options);
  const result = await pool
    .query<{ isTotal: boolean; status: ClaimStatus | null; verdict: Verdict | null; claims: number; articles: number }>(text, values)
    .catch(mapPoolError);
  const counts: ReportCounts = { claims: 0, articles: 0, byStatus: {}, byVerdict: {} };
  for (const row of result.rows) {
    if (row.isTotal) {
      counts.claims = row.claims;
      counts.articles = row.articles;
      continue;
    }
    if (row.status) counts.byStatus[row.status] = (counts.byStatus[row.status] ?? 0) + row.claims;
    if (row.verdict) counts.byVerdict[row.verdict] = (counts.byVerdict[row.verdict] ?? 0) + row.claims;
  }
  return counts;
}
