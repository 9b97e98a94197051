// The SQL behind every report format, the preview and the counts: one WHERE clause built from the
// scope with a fixed number of bind parameters (lists travel as one array parameter each), so no
// scope can reach PostgreSQL's 65,535-parameter limit.
import { entityByNameSql } from "@/lib/crossref/entity-by-name-sql";
import { hasSameClaimLinkSql, sameClaimGroupSql } from "@/lib/crossref/same-claim-group-sql";
import type { ReportScope } from "@/lib/validation/report-scope";

export interface SqlQuery {
  text: string;
  values: unknown[];
}

export interface ScopeOptions {
  /** ClaimReview: only verified claims that carry a verdict. */
  verifiedOnly?: boolean;
  /** One claim (the read API's claim endpoint). */
  claimId?: string;
  /** A further condition over `claims c` with its own $1… placeholders (the claims list's filter). */
  condition?: { text: string; values: readonly unknown[] };
  /** Keyset paging (the read API's list): claims after this one in report order. */
  after?: { articleId: string; start: number; id: string };
}

export function scopeWhere(scope: ReportScope, options: ScopeOptions = {}) {
  const values: unknown[] = [];
  const param = (value: unknown, cast = "") => {
    values.push(value);
    return `$${values.length}${cast}`;
  };
  // Archived (merged away) and orphaned claims (their words are gone from the article) are not reported.
  const conditions: string[] = [`c."archivedAt" IS NULL`, `c."orphanedAt" IS NULL`];

  if (options.verifiedOnly) conditions.push(`c."status" = 'VERIFIED' AND c."verdict" IS NOT NULL`);
  if (options.condition) {
    const offset = values.length;
    conditions.push(`(${options.condition.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`);
    values.push(...options.condition.values);
  }
  if (options.claimId) conditions.push(`c."id" = ${param(options.claimId)}`);
  if (options.after) {
    const { articleId, start, id } = options.after;
    conditions.push(`(c."articleId", c."start", c."id") > (${param(articleId)}, ${param(start, "::int")}, ${param(id)})`);
  }
  if (scope.status.length) conditions.push(`c."status" IN (${enumLiterals(scope.status, "ClaimStatus")})`);
  if (scope.verdict.length) conditions.push(`c."verdict" IN (${enumLiterals(scope.verdict, "Verdict")})`);
  if (scope.type.length) conditions.push(`c."type" IN (${enumLiterals(scope.type, "ClaimType")})`);
  if (scope.articleId.length) conditions.push(`c."articleId" = ANY(${param(scope.articleId, "::text[]")})`);
  if (scope.outlet.length) conditions.push(`a."outlet" = ANY(${param(scope.outlet, "::text[]")})`);
  if (scope.q) {
    const pattern = param(`%${escapeLike(scope.q)}%`);
    conditions.push(`(c."text" ILIKE ${pattern} OR c."quote" ILIKE ${pattern} OR c."speaker" ILIKE ${pattern})`);
  }
  const dateColumn = scope.dateField === "reviewed" ? `c."reviewedAt"` : `a."publishedAt"`;
  if (scope.from) conditions.push(`${dateColumn} >= ${param(scope.from, "::date")}`);
  // Inclusive end date: everything before the next day.
  if (scope.to) conditions.push(`${dateColumn} < ${param(scope.to, "::date")} + 1`);
  if (scope.reviewerId) conditions.push(`c."reviewerId" = ${param(scope.reviewerId)}`);
  if (scope.entity) {
    // The cross-reference entity (docs/crossref.md) that goes by this name: any of its aliases,
    // normalized as the indexer does ("Mr. Barra" = "Barra"), so the scope holds the claims of
    // that entity's page. One unique-index lookup (entity_aliases.normAlias), then the entity's
    // claims from the claim_entities primary key (entityId, claimId).
    conditions.push(
      `c."id" IN (SELECT ce."claimId" FROM "claim_entities" ce WHERE ce."entityId" IN (${entityByNameSql(param(scope.entity))}))`,
    );
  }
  if (scope.evidence) conditions.push(`EXISTS (SELECT 1 FROM "evidence" ev WHERE ev."claimId" = c."id")`);

  return { where: conditions.length ? conditions.join(" AND ") : "TRUE", values };
}

/** Every claim of the scope with its article, reviewer, evidence and cross-references, in article order. */
export function reportRowsQuery(scope: ReportScope, options: ScopeOptions = {}, limit?: number): SqlQuery {
  const { where, values } = scopeWhere(scope, options);
  const text = `
SELECT c."id", c."start", c."text", c."quote", c."type", c."status", c."verdict", c."reviewNote" AS "finding", c."speaker",
       c."reviewedAt", u."name" AS "reviewerName", c."entities",
       a."id" AS "articleId", a."title" AS "articleTitle", a."author" AS "articleAuthor", a."outlet",
       a."publishedAt", a."sourceUrl" AS "articleUrl",
       COALESCE(evidence.items, '[]'::json) AS "evidence",
       COALESCE(links.items, '[]'::json) AS "links",
       -- The articles of the claim's whole same-claim group (transitive), walked only for claims that
       -- have such a link: ClaimReview's appearance / firstAppearance.
       CASE WHEN ${hasSameClaimLinkSql('c."id"')} THEN (
         SELECT json_agg(json_build_object('articleId', ap."id", 'articleTitle', ap."title", 'articleUrl', ap."sourceUrl",
                                           'outlet', ap."outlet", 'publishedAt', ap."publishedAt")
                         ORDER BY ap."publishedAt" NULLS LAST, ap."importedAt", ap."id")
         FROM "articles" ap
         WHERE ap."id" IN (SELECT gc."articleId" FROM (${sameClaimGroupSql('c."id"')}) g JOIN "claims" gc ON gc."id" = g.id)
       ) END AS "appearances"
FROM "claims" c
JOIN "articles" a ON a."id" = c."articleId"
LEFT JOIN "users" u ON u."id" = c."reviewerId"
LEFT JOIN LATERAL (
  SELECT json_agg(json_build_object('url', e."url", 'title', e."title", 'stance', e."stance") ORDER BY e."createdAt", e."id") AS items
  FROM "evidence" e WHERE e."claimId" = c."id"
) evidence ON TRUE
LEFT JOIN LATERAL (
  SELECT json_agg(json_build_object(
           'type', l."type", 'direction', l."direction", 'claimId', o."id", 'claimText', o."text",
           'articleId', oa."id", 'articleTitle', oa."title", 'articleUrl', oa."sourceUrl", 'outlet', oa."outlet",
           'publishedAt', oa."publishedAt")
         ORDER BY oa."publishedAt" NULLS LAST, o."id") AS items
  FROM (
    SELECT l1."type", 'from' AS "direction", l1."toClaimId" AS "other" FROM "claim_links" l1 WHERE l1."fromClaimId" = c."id"
    UNION ALL
    SELECT l2."type", 'to', l2."fromClaimId" FROM "claim_links" l2 WHERE l2."toClaimId" = c."id"
  ) l
  JOIN "claims" o ON o."id" = l."other"
  JOIN "articles" oa ON oa."id" = o."articleId"
) links ON TRUE
WHERE ${where}
ORDER BY c."articleId", c."start", c."id"${limit ? ` LIMIT ${Math.max(1, Math.floor(limit))}` : ""}`;
  return { text, values };
}

/** Claims of the scope by status and verdict, and how many articles they come from. */
export function reportCountsQuery(scope: ReportScope, options: ScopeOptions = {}): SqlQuery {
  const { where, values } = scopeWhere(scope, options);
  const text = `
SELECT GROUPING(c."status", c."verdict") <> 0 AS "isTotal", c."status", c."verdict", count(*)::int AS "claims", count(DISTINCT c."articleId")::int AS "articles"
FROM "claims" c JOIN "articles" a ON a."id" = c."articleId"
WHERE ${where}
GROUP BY GROUPING SETS ((c."status", c."verdict"), ())`;
  return { text, values };
}

/**
 * Enum values written into the SQL as literals, not bound: a parameter cast to an enum is not a
 * constant when PostgreSQL plans (the enum input function is only stable), so the planner could
 * not use the partial indexes on `status = 'VERIFIED'`. The values come from the zod enums; the
 * pattern check keeps anything else out all the same. Their number is bounded by the enum.
 */
function enumLiterals(values: readonly string[], type: string): string {
  return [...new Set(values)]
    .map((v) => {
      if (!/^[A-Z_]+$/.test(v)) throw new Error(`Not an enum value: ${v}`);
      return `'${v}'::"${type}"`;
    })
    .join(", ");
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
