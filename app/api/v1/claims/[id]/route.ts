// GET /api/v1/claims/{id} — one claim with its review, evidence and cross-references.
import { defineApiRoute } from "@/lib/api/define-api-route";
import { readClaim } from "@/lib/api/read-claims";
import { reportConfig } from "@/lib/reports/report-config";
import { getReportPool } from "@/lib/reports/report-pool";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute({
  name: "api.claims.read",
  role: "VIEWER",
  run: async ({ params }) => Response.json(await readClaim({ pool: getReportPool(), id: params.id ?? "", config: reportConfig() })),
});
