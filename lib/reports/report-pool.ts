// A small pg pool of its own for reports: exports hold a connection for as long as the client
// downloads (a server-side cursor lives on one connection), so they must not starve the Prisma
// pool that serves pages and forms.
import { Pool, types } from "pg";
import { DatabaseUnavailableError } from "@/lib/errors";
import { isConnectionError } from "@/lib/db-errors";

// Prisma stores `timestamp(3)` without time zone, in UTC. pg would read it in the server's local zone.
const TIMESTAMP_WITHOUT_TZ = 1114;
const reportTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_WITHOUT_TZ) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    return types.getTypeParser(oid, format as "text");
  },
} as unknown as typeof types;

export function createReportPool(connectionString: string, max = Number(process.env.REPORT_POOL_MAX ?? 4)) {
  return new Pool({ connectionString, max, connectionTimeoutMillis: 5_000, types: reportTypes, allowExitOnIdle: true });
}

const globalForPool = globalThis as unknown as { claimdeskReportPool?: Pool };

export function getReportPool(): Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  globalForPool.claimdeskReportPool ??= createReportPool(url);
  return globalForPool.claimdeskReportPool;
}

/** Turns "the database is not there" into the error the desk shows for it. */
export function mapPoolError(error: unknown): never {
  throw isConnectionError(error) ? new DatabaseUnavailableError(error) : error;
}
