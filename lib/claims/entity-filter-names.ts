// The names an entity filter matches: the name as typed and every name of the cross-reference
// entity that goes by it ("Barra", "Mr. Barra" → also "Hugo Barra"), so the claims list, its CSV
// and bulk actions hold the claims of the entity's page and of a report scoped to it. Read before
// the list's statements run and passed in as constants: as a subquery inside them, PostgreSQL could
// not estimate how many claims match and walked a million rows for a rare name (2.3 s against
// 0.7 ms, docs/desk-performance.md).
import type { Pool } from "pg";
import { entityByNameSql } from "@/lib/crossref/entity-by-name-sql";
import type { Db } from "@/lib/db";

const NAMES_SQL = `SELECT DISTINCT lower(ea."alias") AS name FROM "entity_aliases" ea WHERE ea."entityId" IN (${entityByNameSql("$1")})`;

/** Runs one parameterised statement: Prisma's `$queryRawUnsafe` or a pg pool's `query`, adapted. */
export type NamesQuery = (sql: string, name: string) => Promise<Array<{ name: string }>>;

export const namesThroughPrisma =
  (db: Db): NamesQuery =>
  (sql, name) =>
    db.$queryRawUnsafe<Array<{ name: string }>>(sql, name);

export const namesThroughPool =
  (pool: Pool): NamesQuery =>
  async (sql, name) =>
    (await pool.query<{ name: string }>(sql, [name])).rows;

/** Lower-case names for the filter's entity, the typed one first; undefined when there is no entity filter. */
export async function entityFilterNames(query: NamesQuery, entity: string | undefined): Promise<string[] | undefined> {
  if (!entity) return undefined;
  const typed = entity.toLowerCase();
  const aliases = (await query(NAMES_SQL, entity)).map((row) => row.name);
  return [typed, ...aliases.filter((name) => name !== typed)];
}
