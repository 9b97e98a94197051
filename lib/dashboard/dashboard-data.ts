// The dashboard's figures, each one query that PostgreSQL answers from an index (see the
// reports_indexes migration): claims by status and verdict, reviews per day, per-editor counts,
// articles with unreviewed claims, recent activity.
import type { Db } from "@/lib/db";
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";

export const REVIEW_DAYS = 56;

export async function claimsByStatus(db: Db) {
  const rows = await db.claim.groupBy({ by: ["status"], _count: { _all: true } });
  return rows.map((r) => ({ status: r.status as ClaimStatus, count: r._count._all }));
}

/** Raw SQL with the status as a literal: a bound enum parameter keeps the planner off the partial index. */
export async function verifiedByVerdict(db: Db) {
  return db.$queryRaw<{ verdict: Verdict; count: number }[]>`
    SELECT "verdict", count(*)::int AS count FROM "claims"
    WHERE "status" = 'VERIFIED' AND "verdict" IS NOT NULL GROUP BY "verdict"`;
}

/** Decided reviews (verified or dismissed) per UTC day over the last REVIEW_DAYS days, days without any included. */
export async function reviewsPerDay(db: Db, now = new Date()) {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (REVIEW_DAYS - 1)));
  const rows = await db.$queryRaw<{ day: Date; count: number }[]>`
    SELECT date_trunc('day', "reviewedAt") AS day, count(*)::int AS count
    FROM "claims" WHERE "reviewedAt" >= ${since} AND "reviewedAt" IS NOT NULL
    GROUP BY 1`;
  const byDay = new Map(rows.map((r) => [r.day.toISOString().slice(0, 10), r.count]));
  return Array.from({ length: REVIEW_DAYS }, (_, i) => {
    const day = new Date(since.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    return { day, count: byDay.get(day) ?? 0 };
  });
}

/** Reviews per editor: all time and the last 7 days. */
export async function reviewsPerEditor(db: Db, now = new Date()) {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  return db.$queryRaw<{ name: string; total: number; lastWeek: number }[]>`
    SELECT u."name", r.total, r."lastWeek"
    FROM (
      SELECT "reviewerId", count(*)::int AS total, (count(*) FILTER (WHERE "reviewedAt" >= ${weekAgo}))::int AS "lastWeek"
      FROM "claims" WHERE "reviewerId" IS NOT NULL AND "reviewedAt" IS NOT NULL
      GROUP BY "reviewerId"
    ) r JOIN "users" u ON u."id" = r."reviewerId"
    ORDER BY r.total DESC, u."name" LIMIT 20`;
}

/** How many articles still have unreviewed claims, and the most recently imported of them. */
export async function articlesWithUnreviewedClaims(db: Db, limit = 8) {
  const [total] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (SELECT DISTINCT "articleId" FROM "claims" WHERE "status" = 'UNREVIEWED') t`;
  const articles = await db.$queryRaw<{ id: string; title: string; unreviewed: number; total: number }[]>`
    SELECT a."id", a."title",
           (SELECT count(*)::int FROM "claims" c WHERE c."articleId" = a."id" AND c."status" = 'UNREVIEWED') AS unreviewed,
           (SELECT count(*)::int FROM "claims" c WHERE c."articleId" = a."id") AS total
    FROM "articles" a
    WHERE EXISTS (SELECT 1 FROM "claims" c WHERE c."articleId" = a."id" AND c."status" = 'UNREVIEWED')
    ORDER BY a."importedAt" DESC, a."id" LIMIT ${limit}`;
  return { total: total?.count ?? 0, articles };
}

export async function recentActivity(db: Db, limit = 12) {
  return db.auditLog.findMany({
    orderBy: { at: "desc" },
    take: limit,
    select: { id: true, at: true, action: true, entityType: true, entityId: true, actor: { select: { name: true } } },
  });
}

/**
 * Open figure conflicts between claims (cross-referencing) and claims whose words a correction
 * removed (orphans), each counted only when this database has the table or column: the features
 * that add them are optional to this query.
 */
export async function conflictsAndOrphans(db: Db): Promise<{ openConflicts: number | null; orphanedClaims: number | null }> {
  const [present] = await db.$queryRaw<{ conflicts: boolean; orphans: boolean }[]>`
    SELECT to_regclass('claim_conflicts') IS NOT NULL AS conflicts,
           EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'claims' AND column_name = 'orphanedAt') AS orphans`;
  const openConflicts = present?.conflicts
    ? ((await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "claim_conflicts" WHERE "status" = 'OPEN'`))[0]?.n ?? 0)
    : null;
  const orphanedClaims = present?.orphans
    ? ((await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "claims" WHERE "orphanedAt" IS NOT NULL AND "archivedAt" IS NULL`))[0]?.n ?? 0)
    : null;
  return { openConflicts, orphanedClaims };
}
