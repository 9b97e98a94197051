// The read API's OpenAPI document, for signed-in users and token holders (like every API route).
import { defineApiRoute } from "@/lib/api/define-api-route";
import { openApiDocument } from "@/lib/api/openapi";
import { reportConfig } from "@/lib/reports/report-config";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute({
  name: "api.openapi",
  role: "VIEWER",
  run: async () => Response.json(openApiDocument(reportConfig().baseUrl)),
});
