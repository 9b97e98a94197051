// The ClaimReview check for a scope: problems per claim (errors and warnings), as JSON.
import { defineApiRoute } from "@/lib/api/define-api-route";
import { checkClaimReviews } from "@/lib/reports/check-claim-reviews";
import { reportConfig } from "@/lib/reports/report-config";
import { getReportPool } from "@/lib/reports/report-pool";
import { reportScopeSchema } from "@/lib/validation/report-scope";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute({
  name: "reports.check",
  role: "VIEWER",
  query: reportScopeSchema,
  run: async ({ query }, _principal, request) =>
    Response.json(await checkClaimReviews({ pool: getReportPool(), scope: query, config: reportConfig(), signal: request.signal })),
});
