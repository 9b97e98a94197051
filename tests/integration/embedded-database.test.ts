// What `npm start` does with no DATABASE_URL: embedded PGlite with its data on disk, migrations,
// seed; and a second start finds the same data.
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

describe("the embedded database", () => {
  it("is migrated and seeded on first start, and keeps its data for the next start", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "claimdesk-pglite-"));
    try {
      const first = await withEmbedded(dataDir, async (url) => {
        const migrations = await runMigrations(url);
        const db = createPrismaClient(url);
        try {
          const seed = await seedDatabase(db);
          return { migrations, seed, claims: await db.claim.count() };
        } finally {
          await db.$disconnect();
        }
      });
      expect(first.migrations.applied).toHaveLength(2);
      expect(first.seed.imported).toHaveLength(2);
      expect(first.claims).toBeGreaterThan(10);

      const second = await withEmbedded(dataDir, async (url) => {
        const migrations = await runMigrations(url);
        const db = createPrismaClient(url);
        try {
          const seed = await seedDatabase(db);
          return { migrations, seed, articles: await db.article.count(), claims: await db.claim.count() };
        } finally {
          await db.$disconnect();
        }
      });
      expect(second.migrations.applied).toEqual([]);
      expect(second.seed.imported).toEqual([]);
      expect(second.articles).toBe(2);
      expect(second.claims).toBe(first.claims);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
