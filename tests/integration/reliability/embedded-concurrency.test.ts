// D8: the embedded database (what `npm start` runs by default) under concurrent clients. With the
// socket server multiplexing several connections onto PGlite's one session, a claim query received
// a row of the users table and reviews failed with "portal does not exist". Now the server takes
// one connection and the app's pool queues on it: every answer belongs to its own query.
import { describe, expect, it } from "vitest";
import { Client } from "pg";
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres } from "@/scripts/support/embedded-postgres";
import { freePort } from "@/scripts/support/test-database";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { createPrismaClient } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { importArticle } from "@/lib/articles/import-article";
import { verifyClaim } from "@/lib/claims/verify-claim";
import { uniqueArticleBody } from "../support";

describe("the embedded database under concurrent clients", () => {
  it("answers 60 interleaved queries and reviews from a pooled client, each with its own rows", async () => {
    const server = await startEmbeddedPostgres({ dataDir: null, port: await freePort() });
    const db = createPrismaClient(server.url, { max: EMBEDDED_MAX_CONNECTIONS });
    try {
      await runMigrations(server.url);
      const user = await db.user.create({ data: { email: "e@example.test", name: "E", role: "EDITOR", passwordHash: await hashPassword("x".repeat(12)) } });
      const article = await importArticle(db, { title: "Concurrency", author: null, outlet: null, publishedAt: null, url: null, body: uniqueArticleBody() }, user.id);
      const claims = await db.claim.findMany({ where: { articleId: article.id }, select: { id: true } });
      expect(claims.length).toBeGreaterThan(0);

      const work = Array.from({ length: 60 }, (_, i) => {
        switch (i % 4) {
          case 0:
            return db.user.findMany({ select: { email: true } }).then((rows) => expect(rows.every((r) => typeof r.email === "string")).toBe(true));
          case 1:
            return db.claim.findMany({ where: { articleId: article.id } }).then((rows) => expect(rows.every((r) => r.articleId === article.id)).toBe(true));
          case 2:
            return db.article.findUnique({ where: { id: article.id }, select: { title: true } }).then((a) => expect(a?.title).toBe("Concurrency"));
          default: {
            const claim = claims[i % claims.length]!;
            // A review is a transaction: read, conditional update, audit row. Stale versions are
            // expected under contention (ConflictError); protocol errors are not.
            return db.claim
              .findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } })
              .then(({ version }) => verifyClaim(db, { claimId: claim.id, version, status: "IN_REVIEW", verdict: null, note: `n${i}`, confirmNoEvidence: false }, user.id))
              .catch((error: Error) => expect(error.message).toMatch(/changed by someone else/));
          }
        }
      });
      const results = await Promise.allSettled(work);
      const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
      expect(failures).toEqual([]);
      const audits = await db.auditLog.count({ where: { action: "claim.review" } });
      const reviewed = await db.claim.aggregate({ where: { articleId: article.id }, _sum: { version: true } });
      // Every successful review bumped a version and wrote one audit row: nothing half-done.
      expect((reviewed._sum.version ?? 0) - claims.length).toBe(audits);
    } finally {
      await db.$disconnect();
      await server.stop();
    }
  }, 120_000);

  it("never serves a second client on the session another client holds: it is refused instead", async () => {
    const server = await startEmbeddedPostgres({ dataDir: null, port: await freePort() });
    const first = new Client({ connectionString: server.url });
    const second = new Client({ connectionString: server.url, connectionTimeoutMillis: 3_000 });
    try {
      await first.connect();
      await first.query("CREATE TEMP TABLE mine (x int)");
      await expect(second.connect().then(() => second.query("SELECT * FROM mine"))).rejects.toThrow();
      // The holder's session is untouched.
      expect((await first.query("SELECT count(*)::int AS n FROM mine")).rows[0].n).toBe(0);
    } finally {
      await first.end().catch(() => undefined);
      await second.end().catch(() => undefined);
      await server.stop();
    }
  }, 60_000);
});
