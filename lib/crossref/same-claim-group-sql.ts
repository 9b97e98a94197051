// The one definition of a "same claim" group, as SQL text: every claim joined to a claim by
// SAME_CLAIM links, followed both ways and transitively. The claim page's appearances and the
// ClaimReview export (inside the report query, per row) both use it, so they cannot disagree.

/** Groups are a handful of articles; the walk stops at this many claims whatever the links say. */
export const SAME_CLAIM_GROUP_LIMIT = 500;

/**
 * A subquery selecting the ids (`id`) of the group of the claim whose id is the SQL expression
 * `claimIdSql` (a bound parameter such as `$1::text`, or an outer column such as `c."id"`).
 * The claim itself is in its group.
 */
export function sameClaimGroupSql(claimIdSql: string): string {
  return `WITH RECURSIVE grp(id) AS (
      SELECT ${claimIdSql}
      UNION
      SELECT CASE WHEN l."fromClaimId" = g.id THEN l."toClaimId" ELSE l."fromClaimId" END
      FROM grp g JOIN "claim_links" l ON l."type" = 'SAME_CLAIM' AND (l."fromClaimId" = g.id OR l."toClaimId" = g.id)
    )
    SELECT id FROM grp LIMIT ${SAME_CLAIM_GROUP_LIMIT}`;
}

/** True when the claim `claimIdSql` has at least one SAME_CLAIM link (so it has a group worth walking). */
export function hasSameClaimLinkSql(claimIdSql: string): string {
  return `EXISTS (SELECT 1 FROM "claim_links" sl WHERE sl."type" = 'SAME_CLAIM' AND (sl."fromClaimId" = ${claimIdSql} OR sl."toClaimId" = ${claimIdSql}))`;
}
