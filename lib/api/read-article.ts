// The read API's article: its fields and its claims' ids, statuses and verdicts (not the body's
// highlights: a newsroom system has the article already).
import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { CLAIM_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import { articleDeskUrl, claimUrl, type ReportConfig } from "@/lib/reports/report-config";

export async function readArticle(db: Db, id: string, config: ReportConfig) {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      author: true,
      outlet: true,
      publishedAt: true,
      sourceUrl: true,
      importedAt: true,
      body: true,
      claims: { orderBy: [{ start: "asc" }, { id: "asc" }], select: { id: true, text: true, quote: true, type: true, status: true, verdict: true, start: true, end: true } },
    },
  });
  if (!article) throw new NotFoundError("This article");
  return {
    id: article.id,
    url: articleDeskUrl(config, article.id),
    title: article.title,
    author: article.author,
    outlet: article.outlet,
    publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null,
    sourceUrl: article.sourceUrl,
    importedAt: article.importedAt.toISOString(),
    body: article.body,
    claims: article.claims.map((c) => ({
      id: c.id,
      url: claimUrl(config, c.id),
      claim: c.text,
      quote: c.quote,
      start: c.start,
      end: c.end,
      type: CLAIM_TYPE_LABELS[c.type],
      status: STATUS_LABELS[c.status],
      verdict: c.verdict ? VERDICT_LABELS[c.verdict] : null,
    })),
  };
}
