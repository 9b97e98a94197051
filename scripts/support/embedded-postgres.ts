// PGlite (PostgreSQL in WASM) served over the wire protocol, for `npm start` on a machine with no
// PostgreSQL configured. A single-user demo and development database, never the production path.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { Client } from "pg";

/**
 * Connections the embedded server accepts at once: ONE. PGlite is a single PostgreSQL session, and
 * pglite-socket with `-m` above 1 interleaves the wire-protocol messages of several clients on it:
 * one client's unnamed prepared statement or portal is replaced by another's, and a claim query
 * received a row of the users table. With one connection the app's pool (max 1) queues its queries
 * in order instead, waiting at most DATABASE_POOL_WAIT_MS for its turn.
 */
export const EMBEDDED_MAX_CONNECTIONS = 1;

export interface EmbeddedPostgres {
  url: string;
  stop: () => Promise<void>;
}

export async function startEmbeddedPostgres(options: { dataDir: string | null; port: number }): Promise<EmbeddedPostgres> {
  // Something already listening there (an orphaned server, another PostgreSQL) would answer the
  // readiness check in place of ours, and two servers must never open the same data folder.
  if (!(await portIsFree(options.port))) {
    throw new Error(
      `Port ${options.port} is already in use, so the embedded database cannot start. Another Claimdesk may still be running: stop it, or set EMBEDDED_DB_PORT to a free port.`,
    );
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const server = path.join(process.cwd(), "node_modules/@electric-sql/pglite-socket/dist/scripts/server.js");
  const args = [server, "-p", String(options.port), "-e", "pg_trgm", "-m", String(EMBEDDED_MAX_CONNECTIONS)];
  if (options.dataDir) args.push("-d", options.dataDir);
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  // Keep only the tail: enough to explain a failed start, bounded however long the server runs.
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));

  const url = `postgresql://postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`;
  try {
    await waitUntilReady(url, child, () => stderr);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return { url, stop: () => stopChild(child) };
}

async function waitUntilReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The embedded database exited (code ${child.exitCode}): ${stderr().trim()}`);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 250)); // polling a port: no event to wait for
    }
  }
  throw new Error(`The embedded database did not start within 60 s: ${stderr().trim()}`);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}
