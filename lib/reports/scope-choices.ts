// What the report form offers to choose from: recent articles (and any already chosen), outlets,
// and the editors who have reviewed claims.
import type { Db } from "@/lib/db";

export async function scopeChoices(db: Db, chosenArticleIds: string[]) {
  const [recent, chosen, outlets, reviewers] = await Promise.all([
    db.article.findMany({ orderBy: { importedAt: "desc" }, take: 300, select: { id: true, title: true } }),
    chosenArticleIds.length ? db.article.findMany({ where: { id: { in: chosenArticleIds.slice(0, 500) } }, select: { id: true, title: true } }) : [],
    db.article.groupBy({ by: ["outlet"], where: { outlet: { not: null } }, orderBy: { outlet: "asc" }, take: 300 }),
    db.user.findMany({ where: { reviewedClaims: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const articles = [...chosen, ...recent.filter((a) => !chosen.some((c) => c.id === a.id))];
  return { articles, outlets: outlets.map((o) => o.outlet!).filter(Boolean), reviewers };
}
