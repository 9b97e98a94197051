// The one Prisma client of the process, on the pg driver adapter (no query-engine binary).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DatabaseUnavailableError, DeskBusyError } from "@/lib/errors";
import { isConnectionError, isDeskBusyError } from "@/lib/db-errors";
import { poolSettings } from "@/lib/db-settings";

export function createPrismaClient(connectionString = requireDatabaseUrl()) {
  // The embedded PGlite server serves only a few connections at once; keep the pool under it.
  const { max, waitMs, statementTimeoutMs } = poolSettings();
  const adapter = new PrismaPg({
    connectionString,
    max,
    // pg-pool uses this both for waiting on a busy pool and for opening a connection; the two
    // fail with different errors, which db-errors tells apart.
    connectionTimeoutMillis: waitMs,
    statement_timeout: statementTimeoutMs,
  });
  return new PrismaClient({ adapter }).$extends({
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
  globalForDb.claimdeskDb ??= createPrismaClient();
  return globalForDb.claimdeskDb;
}
