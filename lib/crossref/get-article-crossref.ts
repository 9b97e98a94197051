// For the article page: how many links each of its claims has, and the open figure conflicts its
// claims take part in (right after an import, the ones the import found).
import type { Db } from "@/lib/db";

export async function getArticleCrossref(db: Db, articleId: string) {
  const [linkCounts, conflicts] = await Promise.all([
    db.$queryRaw<Array<{ claimId: string; n: number }>>`
      SELECT c.id AS "claimId", count(*)::int AS n
      FROM claims c JOIN claim_links l ON l."fromClaimId" = c.id OR l."toClaimId" = c.id
      WHERE c."articleId" = ${articleId} GROUP BY c.id`,
    db.claimConflict.findMany({
      where: {
        status: "OPEN",
        relation: "CONFLICT",
        OR: [{ claimA: { articleId } }, { claimB: { articleId } }],
      },
      include: {
        claimA: { select: { id: true, text: true, quote: true, articleId: true, article: { select: { title: true } } } },
        claimB: { select: { id: true, text: true, quote: true, articleId: true, article: { select: { title: true } } } },
      },
      orderBy: { detectedAt: "desc" },
      take: 50,
    }),
  ]);
  return { linkCounts: new Map(linkCounts.map((r) => [r.claimId, r.n])), conflicts };
}
