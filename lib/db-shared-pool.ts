// On the embedded database (`npm start` with no DATABASE_URL) the server takes ONE connection
// (scripts/support/embedded-postgres.ts explains why). The app's Prisma client and the import
// queue (pg-boss) then share one pg pool, so they take turns on that connection instead of one of
// them holding it while the other waits for ever.
import { Pool, type PoolConfig } from "pg";
import { utcTimestampTypes } from "./db-utc-types";

const globalForPool = globalThis as unknown as { claimdeskSharedPool?: Pool };

/** True when this process runs against the embedded one-connection server. */
export function sharesOnePool(): boolean {
  return process.env.CLAIMDESK_EMBEDDED_DB === "1";
}

/** The process's one pool, created by whichever side asks first. */
export function sharedPool(config: PoolConfig): Pool {
  // Prisma's adapter sets its own parsers per query; raw SQL on this pool reads UTC timestamps right.
  globalForPool.claimdeskSharedPool ??= new Pool({ types: utcTimestampTypes, ...config });
  return globalForPool.claimdeskSharedPool;
}
