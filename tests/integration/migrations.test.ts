import { mkdtemp, mkdir, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject, describe, expect, it } from "vitest";
import { Client } from "pg";
import { runMigrations } from "@/lib/migrations/run-migrations";

const url = () => inject("databaseUrl");

async function query<T extends Record<string, unknown>>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url() });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function migrationsDir(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "claimdesk-migrations-"));
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("runMigrations", () => {
  it("has applied the project's migrations, recorded as Prisma records them, and a second run changes nothing", async () => {
    const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    // Every migration folder in the tree (several features add theirs), in name order.
    const inTree = (await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(inTree).toEqual(expect.arrayContaining(["20261121000000_init", "20261121000100_search_and_audit", "20261121000200_speaker_search"]));
    expect(rows.map((r) => r.migration_name)).toEqual(inTree);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum) && r.applied_steps_count === 1)).toBe(true);

    const again = await runMigrations(url());
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toHaveLength(inTree.length);
  });

  it("leaves nothing half-applied when a migration fails", async () => {
    const dir = await migrationsDir({
      "20990101000000_half_broken": `CREATE TABLE "half_applied_probe" (id int); SELECT 1 / 0;`,
    });
    await expect(runMigrations(url(), dir)).rejects.toThrow(/20990101000000_half_broken failed and was rolled back/);
    expect(await query(`SELECT to_regclass('half_applied_probe') AS t`)).toEqual([{ t: null }]);
    expect(await query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '20990101000000_half_broken'`)).toEqual([]);
  });

  it("refuses to continue when an applied migration was edited afterwards", async () => {
    const dir = await migrationsDir({ "20261121000000_init": "-- edited after the fact" });
    await expect(runMigrations(url(), dir)).rejects.toThrow(/was changed after it was applied/);
  });
});
