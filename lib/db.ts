// The one Prisma client of the process, on the pg driver adapter (no query-engine binary).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DatabaseUnavailableError, DeskBusyError } from "@/lib/errors";
import { isConnectionError, isDeskBusyError } from "@/lib/db-errors";
import { poolSettings } from "@/lib/db-settings";
import { sharedPool, sharesOnePool } from "@/lib/db-shared-pool";
import { requestTimeouts, type DbTimeouts } from "@/lib/db-timeouts";

/**
 * `timeouts`: the app's clients (getDb) pass requestTimeouts(); scripts that run long statements on
 * purpose (migrations, backfills, benchmarks) call without and get only the pool's wait limit.
 */
export function createPrismaClient(connectionString = requireDatabaseUrl(), options: { timeouts?: DbTimeouts; max?: number } = {}) {
  // The embedded PGlite server serves one connection at a time; DATABASE_POOL_MAX keeps the pool at it.
  const pool = poolSettings();
  const max = options.max ?? pool.max;
  const t = options.timeouts;
  const limits = t
    ? {
        statement_timeout: t.statement_timeout,
        idle_in_transaction_session_timeout: t.idle_in_transaction_session_timeout,
        query_timeout: t.query_timeout,
      }
    : {};
  const config = {
    connectionString,
    max,
    // pg-pool uses this both for waiting on a busy pool and for opening a connection; the two
    // fail with different errors, which db-errors tells apart.
    connectionTimeoutMillis: t?.connectionTimeoutMillis ?? pool.waitMs,
    keepAlive: true,
    ...limits,
  };
  // The app's own client on the embedded server shares the one pool with the import queue.
  const shared = sharesOnePool() && connectionString === process.env.DATABASE_URL && t !== undefined;
  const adapter = new PrismaPg(shared ? sharedPool(config) : config);
  return new PrismaClient({ adapter, ...(t ? { transactionOptions: t.transaction } : {}) }).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          // Busy first: a full pool is not a missing database, and saying so sends people to the wrong fix.
          if (isDeskBusyError(error)) throw new DeskBusyError(error);
          throw isConnectionError(error) ? new DatabaseUnavailableError(error) : error;
        }
      },
    },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which sets it up.");
  return url;
}

const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

/** Lazily created so that importing a module never needs a database. */
export function getDb(): Db {
  globalForDb.claimdeskDb ??= createPrismaClient(undefined, { timeouts: requestTimeouts() });
  return globalForDb.claimdeskDb;
}
