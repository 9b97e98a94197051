// GET /api/v1/articles/{id} — an article with its claims.
import { defineApiRoute } from "@/lib/api/define-api-route";
import { readArticle } from "@/lib/api/read-article";
import { getDb } from "@/lib/db";
import { reportConfig } from "@/lib/reports/report-config";

export const dynamic = "force-dynamic";

export const GET = defineApiRoute({
  name: "api.articles.read",
  role: "VIEWER",
  run: async ({ params }) => Response.json(await readArticle(getDb(), params.id ?? "", reportConfig())),
});
