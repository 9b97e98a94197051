// The JSON report's schema (version 1) as JSON Schema, generated from the zod schema the export uses.
import { defineApiRoute } from "@/lib/api/define-api-route";
import { reportJsonSchema } from "@/lib/reports/report-json-schema";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute({
  name: "reports.schema",
  role: "VIEWER",
  run: async () => Response.json(reportJsonSchema()),
});
