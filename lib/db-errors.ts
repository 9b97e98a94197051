// Recognizes "the database is not there" among driver and Prisma errors, so callers can say so plainly.

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "57P01", // admin_shutdown
  "57P03", // cannot_connect_now
  "3D000", // database does not exist
  "P1001", // Prisma: can't reach database server
  "P1002",
  "P1017", // server closed the connection
]);

export function isConnectionError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown };
    if (typeof candidate.code === "string" && CONNECTION_CODES.has(candidate.code)) return true;
    if (candidate.kind === "DatabaseNotReachable" || candidate.kind === "ConnectionClosed") return true;
    if (typeof candidate.message === "string" && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|DatabaseNotReachable|is not queryable|terminating connection due to administrator command/.test(candidate.message))
      return true;
    e = candidate.cause;
  }
  return false;
}

/**
 * The desk is up but too busy to answer in time: no pool connection came free within
 * DATABASE_POOL_WAIT_MS (pg-pool's own words for that case). A statement cancelled at
 * DATABASE_STATEMENT_TIMEOUT_MS is a different story (lib/db-timeouts.ts says it plainly).
 */
export function isDeskBusyError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof candidate.message === "string" && /timeout exceeded when trying to connect/.test(candidate.message)) return true;
    e = candidate.cause;
  }
  return false;
}
