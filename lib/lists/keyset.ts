// Keyset paging: "the rows after this one in this order", as a WHERE condition an index on the
// same columns can serve. The page reads one row more than it shows to know whether a next page exists.
import { Prisma } from "@/lib/generated/prisma/client";
import type { CursorKind } from "./cursor";
import type { BoundedCount } from "./bounded-count";

export { formatBoundedCount, type BoundedCount } from "./bounded-count";

export interface SortKey {
  /** SQL of the key, exactly as written in the ORDER BY and in the index. */
  sql: Prisma.Sql;
  direction: "ASC" | "DESC";
  /** The key's type: cursors carry its text form, cast back with this. */
  cast: CursorKind;
}

/** The keys as text columns k0, k1, … of the select list: what the next page's cursor carries. */
export function keyColumns(keys: readonly SortKey[]): Prisma.Sql {
  return Prisma.join(
    keys.map((k, i) => Prisma.sql`CAST(${k.sql} AS text) AS ${Prisma.raw(`k${i}`)}`),
    ", ",
  );
}

export function keyValues(row: object, keys: readonly SortKey[]): string[] {
  return keys.map((_, i) => String((row as Record<string, unknown>)[`k${i}`]));
}

export function orderBy(keys: readonly SortKey[]): Prisma.Sql {
  return Prisma.join(
    keys.map((k) => Prisma.sql`${k.sql} ${Prisma.raw(k.direction)}`),
    ", ",
  );
}

function param(value: string, cast: SortKey["cast"]): Prisma.Sql {
  return Prisma.sql`CAST(${value} AS ${Prisma.raw(cast)})`;
}

/**
 * Rows strictly after `values` in the order of `keys`. When all keys go one way, a row comparison
 * `(a, b) < (x, y)` is one index range. With mixed directions it expands to
 * `a <= x AND (a < x OR (a = x AND …))`: the leading bound is the index range, the rest filters
 * the few rows that share the first key.
 */
export function afterCursor(keys: readonly SortKey[], values: readonly string[]): Prisma.Sql {
  const same = keys.every((k) => k.direction === keys[0]!.direction);
  if (same) {
    const op = keys[0]!.direction === "DESC" ? "<" : ">";
    return Prisma.sql`(${Prisma.join(keys.map((k) => k.sql), ", ")}) ${Prisma.raw(op)} (${Prisma.join(
      keys.map((k, i) => param(values[i]!, k.cast)),
      ", ",
    )})`;
  }
  const strictly = (i: number): Prisma.Sql => {
    const k = keys[i]!;
    const op = k.direction === "DESC" ? "<" : ">";
    const here = Prisma.sql`${k.sql} ${Prisma.raw(op)} ${param(values[i]!, k.cast)}`;
    if (i === keys.length - 1) return here;
    return Prisma.sql`(${here} OR (${k.sql} = ${param(values[i]!, k.cast)} AND ${strictly(i + 1)}))`;
  };
  const first = keys[0]!;
  const bound = Prisma.sql`${first.sql} ${Prisma.raw(first.direction === "DESC" ? "<=" : ">=")} ${param(values[0]!, first.cast)}`;
  return Prisma.sql`(${bound} AND ${strictly(0)})`;
}

/** Counting stops here: past it the list says "10,000+" rather than count a million rows. */
export const COUNT_LIMIT = 10_000;

export function boundedCount(rows: { n: bigint | number }[]): BoundedCount {
  const n = Number(rows[0]?.n ?? 0);
  return n > COUNT_LIMIT ? { count: COUNT_LIMIT, more: true } : { count: n, more: false };
}
