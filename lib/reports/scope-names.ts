// Names for a scope's ids and names (chosen articles, the reviewer, the entity), so a report's cover says what it covers.
import type { Pool } from "pg";
import type { ReportScope } from "@/lib/validation/report-scope";
import { entityByNameSql } from "@/lib/crossref/entity-by-name-sql";
import type { ScopeNames } from "./describe-scope";
import { mapPoolError } from "./report-pool";

// More chosen articles than this are summarized as a count on the cover.
const NAMED_ARTICLES = 20;

export async function scopeNames(pool: Pool, scope: ReportScope): Promise<ScopeNames> {
  const names: ScopeNames = {};
  if (scope.articleId.length && scope.articleId.length <= NAMED_ARTICLES) {
    const { rows } = await pool.query<{ title: string }>(`SELECT "title" FROM "articles" WHERE "id" = ANY($1::text[]) ORDER BY "title"`, [scope.articleId]).catch(mapPoolError);
    names.articles = rows.map((r) => r.title);
  }
  if (scope.reviewerId) {
    const { rows } = await pool.query<{ name: string }>(`SELECT "name" FROM "users" WHERE "id" = $1`, [scope.reviewerId]).catch(mapPoolError);
    names.reviewer = rows[0]?.name ?? null;
  }
  if (scope.entity) {
    // The same alias lookup as the scope's condition (report-query.ts).
    const { rows } = await pool
      .query<{ name: string }>(`SELECT e."name" FROM "entities" e WHERE e."id" IN (${entityByNameSql("$1")})`, [scope.entity])
      .catch(mapPoolError);
    names.entity = rows[0]?.name ?? null;
  }
  return names;
}
