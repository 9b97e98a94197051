// A claim's appearances: every claim joined to it by "same claim" links (followed both ways,
// transitively), ordered by publication. The first is the claim's first appearance, as
// ClaimReview's `firstAppearance` / `appearance` want it.
import type { Db } from "@/lib/db";
import { sameClaimGroupSql } from "./same-claim-group-sql";

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

export async function getAppearances(db: Db, claimId: string): Promise<Appearances> {
  const rows = await db.$queryRawUnsafe<Appearance[]>(
    `SELECT c.id AS "claimId", a.id AS "articleId", a.title AS "articleTitle", a.outlet, a."sourceUrl", a."publishedAt"
     FROM (${sameClaimGroupSql("$1::text")}) g
     JOIN claims c ON c.id = g.id JOIN articles a ON a.id = c."articleId"
     ORDER BY a."publishedAt" ASC NULLS LAST, a."importedAt" ASC, c.id`,
    claimId,
  );
  if (rows.length < 2) return { firstAppearance: null, appearances: [] };
  return { firstAppearance: rows[0]!, appearances: rows };
}
