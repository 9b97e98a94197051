// PostgreSQL stopped and started again while editors keep working, on a private cluster this test
// starts itself (never the shared server). While it is down every request gets the plain "database
// is not reachable" answer (503 from route handlers), never an INTERNAL error; once it is back the
// same client serves again without an app restart; and every review that was answered "saved" is
// there, with its audit row.
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { requestTimeouts } from "@/lib/db-timeouts";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { toFailure } from "@/lib/actions/to-failure";
import { importArticle } from "@/lib/articles/import-article";
import { verifyClaim } from "@/lib/claims/verify-claim";
import { hashPassword } from "@/lib/auth/password";
import { startThrowawayPostgres } from "@/scripts/support/throwaway-postgres";
import { uniqueArticleBody } from "../support";

describe("PostgreSQL restarted under load", () => {
  it("answers 'not reachable' while it is down, recovers by itself, and loses nothing", async () => {
    const cluster = await startThrowawayPostgres();
    const admin = new Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE claimdesk_restart");
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, "/claimdesk_restart");
    await runMigrations(url);
    const db = createPrismaClient(url, { timeouts: { ...requestTimeouts(), connectionTimeoutMillis: 2_000 }, max: 5 });
    try {
      const user = await db.user.create({ data: { email: "r@example.test", name: "R", role: "EDITOR", passwordHash: await hashPassword("x".repeat(12)) } });
      const article = await importArticle(db, { title: "Restart", author: null, outlet: null, publishedAt: null, url: null, body: uniqueArticleBody() }, user.id);
      const claims = await db.claim.findMany({ where: { articleId: article.id }, select: { id: true } });

      const outcomes = { saved: 0, conflict: 0, unavailable: 0, other: [] as string[] };
      let phase: "before" | "down" | "after" = "before";
      const savedAfterRestart = { n: 0 };
      let running = true;
      const worker = async (w: number) => {
        for (let i = 0; running; i++) {
          const claim = claims[(w + i) % claims.length]!;
          try {
            const { version } = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
            await verifyClaim(db, { claimId: claim.id, version, status: "IN_REVIEW", verdict: null, note: `w${w} i${i}`, confirmNoEvidence: false }, user.id);
            outcomes.saved++;
            if (phase === "after") savedAfterRestart.n++;
          } catch (error) {
            const failure = toFailure(error, "restart-test");
            if (failure.code === "CONFLICT") outcomes.conflict++;
            else if (failure.code === "DATABASE_UNAVAILABLE") {
              outcomes.unavailable++;
              expect(failure.error).toMatch(/not reachable|took too long/);
              await new Promise((resolve) => setTimeout(resolve, 50)); // a user retrying, not a hot loop
            } else {
              outcomes.other.push(`${failure.code}: ${String(error).slice(0, 200)}`);
              await new Promise((resolve) => setTimeout(resolve, 50)); // never starve the timers
            }
          }
        }
      };
      const workers = Array.from({ length: 4 }, (_, w) => worker(w));
      await waitFor(() => outcomes.saved >= 20);
      phase = "down";
      cluster.stop();
      await waitFor(() => outcomes.unavailable >= 4);
      cluster.start();
      phase = "after";
      await waitFor(() => savedAfterRestart.n >= 20, 30_000);
      running = false;
      // Every request in flight must be answered one way or the other within the time limits
      // (a review that never settles holds an editor's page forever).
      const settled = await Promise.race([Promise.all(workers).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 25_000))]);
      expect(settled, "reviews still unanswered 25 s after PostgreSQL came back").toBe(true);

      expect(outcomes.other).toEqual([]);
      expect(outcomes.unavailable).toBeGreaterThanOrEqual(4);
      // Nothing lost: every review answered "saved" is there. (A commit in flight when the server
      // stopped may have landed without its answer reaching us: at most one per worker.)
      const audits = await db.auditLog.count({ where: { action: "claim.review" } });
      const versions = await db.claim.aggregate({ where: { articleId: article.id }, _sum: { version: true } });
      expect(audits).toBeGreaterThanOrEqual(outcomes.saved);
      expect(audits).toBeLessThanOrEqual(outcomes.saved + workers.length);
      // Nothing half-done: every version bump has its audit row and no audit row lacks its bump.
      expect((versions._sum.version ?? 0) - claims.length).toBe(audits);
    } finally {
      // Bounded: a client with requests that never settled may never finish disconnecting.
      await Promise.race([db.$disconnect().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      cluster.destroy();
    }
  }, 180_000);
});

async function waitFor(condition: () => boolean, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  // Polling counters the workers update: there is no event to wait for.
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the load to reach the expected state");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
