// npm run db:backup [-- --out FILE]
// A full backup of DATABASE_URL in pg_dump's custom format (compressed, restorable table by table):
// schema, data, the migrations table and the audit trigger. Default file: backups/claimdesk-<UTC time>.dump.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pgTool } from "./support/pg-tools";

function main(): number {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the database to back up (the embedded demo database: stop Claimdesk and copy .data/pglite).");
    return 1;
  }
  const outIndex = process.argv.indexOf("--out");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = outIndex > -1 ? process.argv[outIndex + 1]! : path.join("backups", `claimdesk-${stamp}.dump`);
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  // --no-owner/--no-privileges: restorable by any role with CREATE rights on the target.
  const result = spawnSync(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--file", out, "--dbname", url], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`pg_dump failed (exit ${result.status ?? result.signal}); no backup was written.`);
    return result.status ?? 1;
  }
  console.log(`Backup written to ${out}`);
  return 0;
}

process.exit(main());
