// The pool's documented settings (README, "Configuration"). Read once per process.
function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number (got "${raw}").`);
  return value;
}

export interface PoolSettings {
  /** Connections the app keeps open. */
  max: number;
  /** How long a request waits for a free connection (or for a new one to open) before "the desk is busy". */
  waitMs: number;
  /** The longest one SQL statement may run before PostgreSQL cancels it. */
  statementTimeoutMs: number;
}

export function poolSettings(): PoolSettings {
  return {
    max: positiveInt("DATABASE_POOL_MAX", 10),
    waitMs: positiveInt("DATABASE_POOL_WAIT_MS", 5_000),
    statementTimeoutMs: positiveInt("DATABASE_STATEMENT_TIMEOUT_MS", 15_000),
  };
}
