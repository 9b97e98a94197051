// npm start — everything a fresh machine needs: a database (embedded PGlite unless DATABASE_URL is
// set), migrations, the seed articles and demo accounts, a production build, and the server.
// `npm run dev` does the same with `next dev`.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres, type EmbeddedPostgres } from "./support/embedded-postgres";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.join(root, ".data");

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.CHECKPOINT_DISABLE = "1";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_SECRET ??= persistentSecret();

  let embedded: EmbeddedPostgres | null = null;
  let next: ChildProcess | null = null;
  // Installed before anything starts, so a stop during migrate, seed or build leaves no database behind.
  const stop = async (code: number) => {
    if (next && next.exitCode === null) return void next.kill("SIGTERM"); // its exit handler finishes
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(130));
  process.on("SIGTERM", () => void stop(143));

  if (!process.env.DATABASE_URL) {
    const pgPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
    console.log(`No DATABASE_URL: starting the embedded database (data in .data/pglite, port ${pgPort}).`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), port: pgPort });
    process.env.DATABASE_URL = embedded.url;
    // The app and its import queue share one pool of the server's one connection (lib/db-shared-pool.ts).
    process.env.DATABASE_POOL_MAX = String(EMBEDDED_MAX_CONNECTIONS);
    process.env.CLAIMDESK_EMBEDDED_DB = "1";
  }
  try {
    const report = await runMigrations(process.env.DATABASE_URL!);
    console.log(`Migrations: ${report.applied.length} applied, ${report.alreadyApplied.length} already in place.`);
    // Seeding and building run as their own processes so this one keeps no database pool open.
    await run("node", ["node_modules/tsx/dist/cli.mjs", "scripts/seed.ts"]);
    if (!dev && buildIsStale()) await run("node", ["node_modules/next/dist/bin/next", "build"]);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  next = spawn("node", ["node_modules/next/dist/bin/next", dev ? "dev" : "start", "-p", String(port)], {
    stdio: "inherit",
    env: process.env,
  });
  console.log(`Claimdesk is starting on http://localhost:${port}`);
  next.on("exit", async (code, signal) => {
    await embedded?.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

/** Runs a step without blocking this process, so the embedded database it hosts keeps serving. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: process.env });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}).`))));
  });
}

/** A build is needed when there is none, or any source file is newer than it. */
function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "next.config.ts", "package-lock.json", "prisma/schema.prisma"];
  return sources.some((p) => newestMtime(path.join(root, p)) > builtAt);
}

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => (name === "generated" ? max : Math.max(max, newestMtime(path.join(p, name)))), stat.mtimeMs);
}

/** Kept in .data so that sessions survive a restart of the demo. */
function persistentSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
