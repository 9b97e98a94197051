import type { Db } from "@/lib/db";

export async function listArticles(db: Db) {
  return db.article.findMany({
    orderBy: { importedAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      author: true,
      outlet: true,
      publishedAt: true,
      importedAt: true,
      _count: { select: { claims: true } },
    },
  });
}

export async function getArticle(db: Db, id: string) {
  return db.article.findUnique({
    where: { id },
    include: {
      importedBy: { select: { name: true } },
      claims: {
        // Orphaned (words gone after a correction) and archived claims are listed apart.
        where: { orphanedAt: null, archivedAt: null },
        orderBy: { start: "asc" },
        select: { id: true, text: true, quote: true, start: true, end: true, type: true, status: true, verdict: true, checkworthiness: true },
      },
    },
  });
}
