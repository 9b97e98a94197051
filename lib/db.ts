// The one Prisma client of the process, on the pg driver adapter (no query-engine binary).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DatabaseUnavailableError } from "@/lib/errors";
import { isConnectionError } from "@/lib/db-errors";

export function createPrismaClient(connectionString = requireDatabaseUrl()) {
  // The embedded PGlite server serves only a few connections at once; keep the pool under it.
  const max = Number(process.env.DATABASE_POOL_MAX ?? 10);
  const adapter = new PrismaPg({ connectionString, max, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter }).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
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
