// The entities index: most-mentioned first, searchable by any alias, with claim counts.
import type { Db } from "@/lib/db";
import type { EntityKind } from "@/lib/generated/prisma/enums";

export const ENTITIES_PAGE_SIZE = 50;

export interface EntityRow {
  id: string;
  name: string;
  kind: EntityKind;
  claimCount: number;
}

export async function listEntities(db: Db, options: { q?: string; page: number }) {
  const q = options.q?.trim() ? `%${options.q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const offset = (options.page - 1) * ENTITIES_PAGE_SIZE;
  // With a search, matching aliases (trigram index) pick the entities; without, the count index orders them.
  const [rows, totals] = await Promise.all([
    q
      ? db.$queryRaw<EntityRow[]>`
          SELECT e.id, e.name, e.kind, e."claimCount" FROM entities e
          WHERE e.id IN (SELECT "entityId" FROM entity_aliases WHERE "normAlias" LIKE ${q})
          ORDER BY e."claimCount" DESC, e.name, e.id LIMIT ${ENTITIES_PAGE_SIZE} OFFSET ${offset}`
      : db.$queryRaw<EntityRow[]>`
          SELECT id, name, kind, "claimCount" FROM entities
          ORDER BY "claimCount" DESC, name, id LIMIT ${ENTITIES_PAGE_SIZE} OFFSET ${offset}`,
    q
      ? db.$queryRaw<Array<{ n: number }>>`SELECT count(DISTINCT "entityId")::int AS n FROM entity_aliases WHERE "normAlias" LIKE ${q}`
      : db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM entities`,
  ]);
  const total = totals[0]?.n ?? 0;
  return { items: rows, total, pageCount: Math.max(1, Math.ceil(total / ENTITIES_PAGE_SIZE)) };
}
