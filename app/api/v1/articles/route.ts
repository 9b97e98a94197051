// GET /api/v1/articles — articles, newest first; POST — import an article (JSON body, the import
// form's schema): editors and admins.
import { defineApiRoute } from "@/lib/api/define-api-route";
import { listArticlesPage } from "@/lib/api/list-articles";
import { articleListQuerySchema } from "@/lib/validation/report-request";
import { importArticle } from "@/lib/articles/import-article";
import { getDb } from "@/lib/db";
import { articleDeskUrl, reportConfig } from "@/lib/reports/report-config";
import { importArticleSchema } from "@/lib/validation/article";

export const dynamic = "force-dynamic";

export const POST = defineApiRoute({
  name: "api.articles.import",
  role: "EDITOR",
  body: importArticleSchema,
  run: async ({ body }, principal) => {
    const imported = await importArticle(getDb(), body, principal.actorId, "form");
    return Response.json({ id: imported.id, url: articleDeskUrl(reportConfig(), imported.id), claimCount: imported.claimCount }, { status: 201 });
  },
});

export const GET = defineApiRoute({
  name: "api.articles.list",
  role: "VIEWER",
  query: articleListQuerySchema,
  run: async ({ query }) => Response.json(await listArticlesPage(getDb(), { ...query, config: reportConfig() })),
});
