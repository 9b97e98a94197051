// GET /api/v1/claims — claims of a report scope, a page at a time (`next` → `after`).
import { defineApiRoute } from "@/lib/api/define-api-route";
import { listClaimsPage } from "@/lib/api/read-claims";
import { reportConfig } from "@/lib/reports/report-config";
import { getReportPool } from "@/lib/reports/report-pool";
import { claimListQuerySchema } from "@/lib/validation/report-request";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute({
  name: "api.claims.list",
  role: "VIEWER",
  query: claimListQuerySchema,
  run: async ({ query }) => {
    const { limit, after, ...scope } = query;
    return Response.json(await listClaimsPage({ pool: getReportPool(), scope, config: reportConfig(), limit, after }));
  },
});
