// The read API's article list: newest imports first, keyset pages (`next` → `after`).
import type { Db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { articleDeskUrl, type ReportConfig } from "@/lib/reports/report-config";

export async function listArticlesPage(db: Db, options: { limit: number; after?: string; config: ReportConfig }) {
  const after = options.after ? decode(options.after) : null;
  const rows = await db.article.findMany({
    where: after ? { OR: [{ importedAt: { lt: after.importedAt } }, { importedAt: after.importedAt, id: { gt: after.id } }] } : undefined,
    orderBy: [{ importedAt: "desc" }, { id: "asc" }],
    take: options.limit + 1,
    select: { id: true, title: true, author: true, outlet: true, publishedAt: true, sourceUrl: true, importedAt: true, _count: { select: { claims: true } } },
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    articles: page.map((a) => ({
      id: a.id,
      url: articleDeskUrl(options.config, a.id),
      title: a.title,
      author: a.author,
      outlet: a.outlet,
      publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
      sourceUrl: a.sourceUrl,
      importedAt: a.importedAt.toISOString(),
      claimCount: a._count.claims,
    })),
    next: rows.length > options.limit && last ? Buffer.from(JSON.stringify([last.importedAt.toISOString(), last.id])).toString("base64url") : null,
  };
}

function decode(value: string): { importedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [unknown, unknown];
    const importedAt = new Date(String(at));
    if (typeof id === "string" && !Number.isNaN(importedAt.getTime())) return { importedAt, id };
  } catch {
    // fall through
  }
  throw new InvalidInputError("The `after` value is not one this API returned.", { after: "Use the `next` value of the previous page" });
}
