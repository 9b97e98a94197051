// A small pg pool of its own for reports: exports hold a connection for as long as the client
// downloads (a server-side cursor lives on one connection), so they must not starve the Prisma
// pool that serves pages and forms.
import { Pool } from "pg";
import { utcTimestampTypes } from "@/lib/db-utc-types";
import { sharedPool, sharesOnePool } from "@/lib/db-shared-pool";
import { DatabaseUnavailableError } from "@/lib/errors";
import { isConnectionError } from "@/lib/db-errors";


export function createReportPool(connectionString: string, max = Number(process.env.REPORT_POOL_MAX ?? 4)) {
  return new Pool({ connectionString, max, connectionTimeoutMillis: 5_000, types: utcTimestampTypes, allowExitOnIdle: true });
}

const globalForPool = globalThis as unknown as { claimdeskReportPool?: Pool };

export function getReportPool(): Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  // On the embedded one-connection server, reports take their turn on the app's one pool.
  if (sharesOnePool()) return sharedPool({ connectionString: url, max: 1 });
  globalForPool.claimdeskReportPool ??= createReportPool(url);
  return globalForPool.claimdeskReportPool;
}

/** Turns "the database is not there" into the error the desk shows for it. */
export function mapPoolError(error: unknown): never {
  throw isConnectionError(error) ? new DatabaseUnavailableError(error) : error;
}
