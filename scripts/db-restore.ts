// npm run db:restore -- FILE
// Restores a backup made by `npm run db:backup` into DATABASE_URL, which should be an EMPTY database
// (createdb it first). All or nothing: one transaction, stopping at the first error.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { Client } from "pg";
import { pgTool } from "./support/pg-tools";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!url || !file) {
    console.error("Usage: DATABASE_URL=postgresql://…/empty_database npm run db:restore -- backups/claimdesk-….dump");
    return 1;
  }
  if (!existsSync(file)) {
    console.error(`No backup file at ${file}.`);
    return 1;
  }
  // Refuse to mix a backup into a database that already holds Claimdesk tables.
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    if (rows[0]!.n > 0 && !process.argv.includes("--force")) {
      console.error("The target database is not empty. Restore into a new database (createdb), or pass --force to add to it.");
      return 1;
    }
  } finally {
    await client.end();
  }
  const result = spawnSync(pgTool("pg_restore"), ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", url, file], {
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(`pg_restore failed (exit ${result.status ?? result.signal}); nothing was restored.`);
    return result.status ?? 1;
  }
  console.log(`Restored ${file}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
