// The claims list filter as one SQL condition over `claims c`. The list, its count, the CSV
// export and bulk actions ("all N matching this filter") all use it, so they agree on the rows.
// Keep the name and signature stable: other features import it.
import { Prisma } from "@/lib/generated/prisma/client";
import { checkSearchText } from "@/lib/lists/search-text";
import { prefixTsquery } from "@/lib/lists/prefix-query";
import { searchTsquery } from "@/lib/lists/search-tsquery";
import type { ClaimFilterCriteria } from "@/lib/validation/claim-filter";
import { crossrefClaimCondition } from "@/lib/crossref/claim-filter-condition";

/** The tsquery of a search, or null when the text is not a usable search (the list says why). */
export function claimSearchQuery(q: string | undefined): Prisma.Sql | null {
  if (!q) return null;
  const checked = checkSearchText(q);
  return checked.ok ? searchTsquery(checked.text) : null;
}

export interface ClaimFilterOptions {
  /** The entity filter's names from entityFilterNames (without them, only the name as typed). */
  entityNames?: string[];
}

export function claimFilterCondition(filter: ClaimFilterCriteria, options: ClaimFilterOptions = {}): Prisma.Sql {
  // Claims merged into another (archived) or whose words a correction removed (orphaned, listed on
  // the Orphans page) are not live claims of the desk.
  const conditions: Prisma.Sql[] = [Prisma.sql`c."archivedAt" IS NULL AND c."orphanedAt" IS NULL`];
  if (filter.q) {
    const query = claimSearchQuery(filter.q);
    // An unusable search (only punctuation, too long) matches nothing rather than everything.
    conditions.push(query ? Prisma.sql`c.search_vector @@ ${query}` : Prisma.sql`FALSE`);
  }
  if (filter.status) conditions.push(Prisma.sql`c.status = CAST(${filter.status} AS "ClaimStatus")`);
  if (filter.verdict) conditions.push(Prisma.sql`c.verdict = CAST(${filter.verdict} AS "Verdict")`);
  if (filter.type) conditions.push(Prisma.sql`c.type = CAST(${filter.type} AS "ClaimType")`);
  if (filter.articleId) {
    conditions.push(Prisma.sql`c."articleId" = ${filter.articleId}`);
  } else if (filter.article) {
    // No article picked from the suggestions (a browser without JavaScript): the headline words.
    const query = prefixTsquery(filter.article, "A");
    conditions.push(
      query
        ? Prisma.sql`c."articleId" IN (SELECT a.id FROM articles a WHERE a.search_vector @@ to_tsquery('english', ${query}))`
        : Prisma.sql`FALSE`,
    );
  }
  if (filter.outlet) {
    conditions.push(Prisma.sql`c."articleId" IN (SELECT a.id FROM articles a WHERE lower(a.outlet) = lower(${filter.outlet}))`);
  }
  if (filter.assignee === "none") conditions.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filter.assignee) conditions.push(Prisma.sql`c."assigneeId" = ${filter.assignee}`);
  if (filter.reviewer) conditions.push(Prisma.sql`c."reviewerId" = ${filter.reviewer}`);
  if (filter.entity) {
    // Any name of the entity (entity-filter-names.ts) against the GIN index of the claims' entity names.
    conditions.push(Prisma.sql`claim_entity_keys(c.entities) && CAST(${options.entityNames ?? [filter.entity.toLowerCase()]} AS text[])`);
  }
  if (filter.evidence === "yes") conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM evidence e WHERE e."claimId" = c.id)`);
  if (filter.evidence === "no") conditions.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM evidence e WHERE e."claimId" = c.id)`);
  // Publication date of the claim's article, both ends inclusive.
  if (filter.from) conditions.push(Prisma.sql`c.article_published_at >= CAST(${filter.from} AS date)`);
  if (filter.to) conditions.push(Prisma.sql`c.article_published_at < CAST(${filter.to} AS date) + 1`);
  const crossref = crossrefClaimCondition(filter.links);
  if (crossref) conditions.push(crossref);
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}
