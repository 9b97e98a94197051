// A fresh, migrated database for one test run, dropped afterwards. Uses TEST_DATABASE_URL, else
// the local PostgreSQL service; where none is reachable, the embedded PGlite server (and says so).
import { createServer } from "node:net";
import { Client } from "pg";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres } from "./embedded-postgres";

export interface TestDatabase {
  url: string;
  kind: "postgresql" | "embedded";
  /** Pool size the app may use against it. */
  poolMax: number;
  drop: () => Promise<void>;
}

const LOCAL = "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL ?? LOCAL;
  const admin = new Client({ connectionString: base, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    // CI promises a real PostgreSQL: quietly testing on the embedded server would hide its absence.
    if (process.env.CI === "true" && process.env.ALLOW_EMBEDDED_TEST_DB !== "1") {
      throw new Error(`CI has no PostgreSQL at ${redact(base)}: ${(error as Error).message}`);
    }
    console.warn(`No PostgreSQL reachable at ${redact(base)} (${(error as Error).message}): using the embedded PGlite server for this run.`);
    return createEmbedded();
  }
  const name = `claimdesk_test_${label}_${Date.now()}_${process.pid}`.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(base, name);
  await runMigrations(url);
  return {
    url,
    kind: "postgresql",
    poolMax: 10,
    drop: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function createEmbedded(): Promise<TestDatabase> {
  const server = await startEmbeddedPostgres({ dataDir: null, port: await freePort() });
  await runMigrations(server.url);
  return { url: server.url, kind: "embedded", poolMax: EMBEDDED_MAX_CONNECTIONS, drop: server.stop };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
