// What `npm start` does with no DATABASE_URL: embedded PGlite with its data on disk, migrations,
// seed; and a second start finds the same data.
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/support/embedded-postgres";
import { freePort } from "@/scripts/support/test-database";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/lib/seed/seed-database";

async function withEmbedded<T>(dataDir: string, work: (url: string) => Promise<T>): Promise<T> {
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}

const migrationCount = readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
const seedFileCount = readdirSync(path.join(process.cwd(), "seeds")).filter((f) => /\.(txt|md|json)$/i.test(f) && !/^readme/i.test(f)).length;

describe("the embedded database", () => {
  it("is migrated and seeded on first start, and keeps its data for the next start", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "claimdesk-pglite-"));
    try {
      const first = await withEmbedded(dataDir, async (url) => {
        const migrations = await runMigrations(url);
        const db = createPrismaClient(url);
        try {
          const seed = await seedDatabase(db, { demoPassword: "demo-password" });
          return { migrations, seed, claims: await db.claim.count() };
        } finally {
          await db.$disconnect();
        }
      });
      expect(first.migrations.applied).toHaveLength(migrationCount);
      expect(first.seed.imported).toHaveLength(seedFileCount);
      expect(first.seed.createdAccounts.map((a) => `${a.email} ${a.role}`)).toEqual(["editor@claimdesk.test EDITOR", "admin@claimdesk.test ADMIN"]);
      expect(first.claims).toBeGreaterThan(10);

      const second = await withEmbedded(dataDir, async (url) => {
        const migrations = await runMigrations(url);
        const db = createPrismaClient(url);
        try {
          const seed = await seedDatabase(db, { demoPassword: "demo-password" });
          return { migrations, seed, articles: await db.article.count(), claims: await db.claim.count() };
        } finally {
          await db.$disconnect();
        }
      });
      expect(second.migrations.applied).toEqual([]);
      expect(second.seed.imported).toEqual([]);
      expect(second.seed.createdAccounts).toEqual([]);
      expect(second.articles).toBe(seedFileCount);
      expect(second.claims).toBe(first.claims);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
