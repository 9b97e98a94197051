// For the article page: how many links each of its claims has, and the open figure conflicts its
// claims take part in (right after an import, the ones the import found).
import type { Db } from "@/lib/db";

export async function getArticleCrossref(db: Db, articleId: string) {
  const [linkCounts, conflicts] = await Promise.all([
    db.$queryRaw<Array<{ claimId: string; n: number }>>`
      SELECT c.id AS "claimId", count(*)::int AS n
      FROM claims c JOIN claim_links l ON l."fromClaimId" = c.id OR l."toClaimId" = c.id
      WHERE c."articleId" = ${articleId} GROUP BY c.id`,
    openConflictsOf(db, articleId),
  ]);
  return { linkCounts: new Map(linkCounts.map((r) => [r.claimId, r.n])), conflicts };
}

const CONFLICTS_SHOWN = 50;

/**
 * The newest open conflicts any claim of the article takes part in. The ids come from the two
 * partial indexes of open conflicts (claimAId, claimBId), walked for the article's own claims only:
 * written as one OR over both sides, PostgreSQL walked all open conflicts newest first instead
 * (about 2 s per article page at 1.4M conflicts, past the statement timeout under load).
 */
async function openConflictsOf(db: Db, articleId: string) {
  const newest = await db.$queryRaw<Array<{ id: string }>>`
    WITH mine AS (SELECT id FROM claims WHERE "articleId" = ${articleId})
    SELECT k.id FROM claim_conflicts k
    WHERE k.id IN (
      SELECT a.id FROM claim_conflicts a
      WHERE a."claimAId" IN (SELECT id FROM mine) AND a.status = 'OPEN' AND a.relation = 'CONFLICT'
      UNION
      SELECT b.id FROM claim_conflicts b
      WHERE b."claimBId" IN (SELECT id FROM mine) AND b.status = 'OPEN' AND b.relation = 'CONFLICT'
    )
    ORDER BY k."detectedAt" DESC, k.id
    LIMIT ${CONFLICTS_SHOWN}`;
  if (newest.length === 0) return [];
  return db.claimConflict.findMany({
    where: { id: { in: newest.map((r) => r.id) } },
    include: {
      claimA: { select: { id: true, text: true, quote: true, articleId: true, article: { select: { title: true } } } },
      claimB: { select: { id: true, text: true, quote: true, articleId: true, article: { select: { title: true } } } },
    },
    orderBy: [{ detectedAt: "desc" }, { id: "asc" }],
  });
}
