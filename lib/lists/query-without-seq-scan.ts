// Runs one read with sequential scans off for its own transaction only (SET LOCAL).
//
// Why: a bounded full-text query over articles (`search_vector @@ q … LIMIT 10001`) looks cheap to
// the planner as a sequential scan that stops early, but every row it visits unpacks its article's
// body vector from out-of-line (TOAST) storage, which the planner does not price. Measured at
// 50,000 articles: the count 453 ms by sequential scan, 59 ms by the GIN bitmap scan; the ranked
// page 721 ms against 190 ms (docs/desk-performance.md). Scoped to the one transaction, so no other
// query's plan changes.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";

export async function queryWithoutSeqScan<T>(db: Db, sql: Prisma.Sql): Promise<T> {
  const [, rows] = await db.$transaction([db.$executeRawUnsafe("SET LOCAL enable_seqscan = off"), db.$queryRaw<T>(sql)]);
  return rows;
}
