// The link picker's search: claims of other articles whose words start with what was typed
// ("handset 2013" finds "… 20 million handsets in 2013"), through the GIN index on claim_xref.
import type { Db } from "@/lib/db";

export interface LinkTarget {
  id: string;
  text: string;
  articleTitle: string;
}

export async function searchLinkTargets(db: Db, options: { claimId: string; q: string; limit?: number }): Promise<LinkTarget[]> {
  const words = options.q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return [];
  // Each word as a prefix; to_tsquery stems them the way the claims were indexed.
  const query = words.map((w) => `${w}:*`).join(" & ");
  return db.$queryRaw<LinkTarget[]>`
    WITH here AS (SELECT "articleId" FROM claims WHERE id = ${options.claimId}),
    hits AS (
      SELECT x."claimId", x.tsv FROM claim_xref x, here
      WHERE x.tsv @@ to_tsquery('english', ${query}) AND x."articleId" <> here."articleId"
      LIMIT 200
    )
    SELECT c.id, c.text, a.title AS "articleTitle"
    FROM hits h JOIN claims c ON c.id = h."claimId" JOIN articles a ON a.id = c."articleId"
    ORDER BY ts_rank(h.tsv, to_tsquery('english', ${query})) DESC, c.id
    LIMIT ${options.limit ?? 8}`;
}
