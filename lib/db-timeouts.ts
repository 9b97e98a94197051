// Time limits on every database conversation the app has, so nothing one request does (or one
// stalled connection) can hold a page open or a transaction's locks indefinitely. Each can be set
// by environment variable (milliseconds); README "Operations" lists them.

import { poolSettings } from "./db-settings";

export interface DbTimeouts {
  /** Wait for a connection from the pool (or a new one to open). */
  connectionTimeoutMillis: number;
  /** PostgreSQL cancels any one statement running longer (SQLSTATE 57014). */
  statement_timeout: number;
  /** PostgreSQL ends a session left idle inside a transaction (SQLSTATE 25P03), releasing its locks. */
  idle_in_transaction_session_timeout: number;
  /** The driver gives up on an answer that never comes (a stalled server or network). */
  query_timeout: number;
  /** Interactive transactions (db.$transaction(fn)): wait to start, and total time. */
  transaction: { maxWait: number; timeout: number };
}

function ms(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The limits for requests served by the app (pool wait and statement limit: lib/db-settings.ts). */
export function requestTimeouts(): DbTimeouts {
  const { waitMs, statementTimeoutMs: statement } = poolSettings();
  return {
    connectionTimeoutMillis: waitMs,
    statement_timeout: statement,
    idle_in_transaction_session_timeout: ms("DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS", 30_000),
    query_timeout: statement + 5_000,
    transaction: { maxWait: ms("DATABASE_TRANSACTION_WAIT_MS", 5_000), timeout: ms("DATABASE_TRANSACTION_TIMEOUT_MS", 15_000) },
  };
}

const TIMEOUT_CODES = new Set([
  "57014", // query_canceled: statement_timeout
  "25P03", // idle_in_transaction_session_timeout
  "55P03", // lock_not_available: lock_timeout
  "P2028", // Prisma: transaction could not start in time, or ran past its timeout
  "P1008", // Prisma: operation timed out
]);

/** True when an error (or one it wraps) says a database time limit was reached. */
export function isTimeoutError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof candidate.code === "string" && TIMEOUT_CODES.has(candidate.code)) return true;
    if (typeof candidate.originalCode === "string" && TIMEOUT_CODES.has(candidate.originalCode)) return true;
    if (typeof candidate.message === "string" && /statement timeout|Query read timeout|idle-in-transaction timeout|Transaction already closed|expired transaction/i.test(candidate.message))
      return true;
    e = candidate.cause;
  }
  return false;
}

export const DATABASE_TIMEOUT_MESSAGE =
  "The database took too long to answer, so this was stopped and nothing was saved. Try again in a moment; if it keeps happening, tell the desk admin.";
