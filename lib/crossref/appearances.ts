// A claim's appearances: every claim joined to it by "same claim" links (followed both ways,
// transitively), ordered by publication. The first is the claim's first appearance, as
// ClaimReview's `firstAppearance` / `appearance` want it.
import type { Db } from "@/lib/db";

export interface Appearance {
  claimId: string;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
}

export interface Appearances {
  firstAppearance: Appearance | null;
  appearances: Appearance[];
}

/** Groups are small (a handful of articles); the recursion stops at 500 claims whatever happens. */
export async function getAppearances(db: Db, claimId: string): Promise<Appearances> {
  const rows = await db.$queryRaw<Appearance[]>`
    WITH RECURSIVE grp(id) AS (
      SELECT ${claimId}::text
      UNION
      SELECT CASE WHEN l."fromClaimId" = g.id THEN l."toClaimId" ELSE l."fromClaimId" END
      FROM grp g JOIN claim_links l ON l.type = 'SAME_CLAIM' AND (l."fromClaimId" = g.id OR l."toClaimId" = g.id)
    )
    SELECT c.id AS "claimId", a.id AS "articleId", a.title AS "articleTitle", a.outlet, a."sourceUrl", a."publishedAt"
    FROM (SELECT id FROM grp LIMIT 500) g
    JOIN claims c ON c.id = g.id JOIN articles a ON a.id = c."articleId"
    ORDER BY a."publishedAt" ASC NULLS LAST, a."importedAt" ASC, c.id`;
  if (rows.length < 2) return { firstAppearance: null, appearances: [] };
  return { firstAppearance: rows[0]!, appearances: rows };
}
