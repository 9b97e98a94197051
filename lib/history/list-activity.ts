// Recent changes across the desk, newest first, filterable by person and kind of change, paged by
// keyset on (at, id) so that page 500 costs what page 1 does (served by the audit_log "at" index).
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityFilter, ChangeKind } from "@/lib/validation/activity-filter";
import { AUDIT_COLUMNS, type AuditRow } from "./audit-row";
import { describeChange } from "./describe-change";

export const ACTIVITY_PAGE_SIZE = 50;

const KIND_SQL: Record<ChangeKind, Prisma.Sql> = {
  review: Prisma.sql`a.action = 'claim.review'`,
  wording: Prisma.sql`a.action IN ('claim.add', 'claim.edit', 'claim.split', 'claim.merge', 'claim.dismiss')`,
  evidence: Prisma.sql`a.action LIKE 'evidence.%'`,
  notes: Prisma.sql`a.action LIKE 'note.%'`,
  links: Prisma.sql`(a."entityType" = 'claim_link' OR a.action LIKE 'link%')`,
  corrections: Prisma.sql`(a.action = 'article.correct' OR a.action LIKE '%.orphan' OR a.action LIKE '%.reattach' OR a.action LIKE '%.archive' OR a.action LIKE '%.reanchor')`,
  imports: Prisma.sql`a.action = 'article.import'`,
};

export async function listActivity(db: Db, filter: ActivityFilter) {
  const conditions: Prisma.Sql[] = [];
  if (filter.person) conditions.push(Prisma.sql`a."actorId" = ${filter.person}`);
  if (filter.kind) conditions.push(KIND_SQL[filter.kind]);
  if (filter.before) {
    const [at, id] = filter.before.split("_") as [string, string];
    const when = new Date(at);
    // "at <= x" lets the planner walk the at index; the OR settles ties on id.
    conditions.push(Prisma.sql`a.at <= ${when} AND (a.at < ${when} OR a.id < ${BigInt(id)})`);
  }
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<AuditRow[]>`
    SELECT ${AUDIT_COLUMNS}
    FROM audit_log a LEFT JOIN users u ON u.id = a."actorId"
    ${where}
    ORDER BY a.at DESC, a.id DESC
    LIMIT ${ACTIVITY_PAGE_SIZE + 1}`;
  const page = rows.slice(0, ACTIVITY_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ ...describeChange(r), claimId: r.claimId ?? (r.entityType === "claim" ? r.entityId : null), articleId: r.articleId ?? (r.entityType === "article" ? r.entityId : null) })),
    next: rows.length > ACTIVITY_PAGE_SIZE && last ? `${last.at.toISOString()}_${String(last.id)}` : null,
  };
}
