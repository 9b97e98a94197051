// Finds pg_dump / pg_restore: on PATH, else the newest in /usr/lib/postgresql/*/bin (Debian keeps
// the server's tools there). pg_dump must be at least the server's version.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

export function pgTool(name: "pg_dump" | "pg_restore"): string {
  if (spawnSync(name, ["--version"]).status === 0) return name;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const candidate = path.join(root, v, "bin", name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} was not found. Install the PostgreSQL client tools: apt-get install -y postgresql-client`);
}
