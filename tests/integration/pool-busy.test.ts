// "The pool tells the truth": a request that waits too long for a pool connection is told the desk
// is busy (503 from routes), not that the database is unreachable.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

const { defineRoute } = await import("@/lib/actions/define-route");
const { createPrismaClient } = await import("@/lib/db");
const { requestTimeouts } = await import("@/lib/db-timeouts");
const { isDeskBusy } = await import("@/lib/errors");
const { testDb } = await import("./support");
const { inject } = await import("vitest");

/** A one-connection pool that gives up waiting after 200 ms, with its only connection held for 1.5 s. */
async function busyPool() {
  testDb();
  const db = createPrismaClient(inject("databaseUrl"), { max: 1, timeouts: { ...requestTimeouts(), connectionTimeoutMillis: 200 } });
  await db.$queryRaw`SELECT 1`;
  const holding = db.$queryRaw`SELECT 1 AS held FROM pg_sleep(1.5)`.then(() => "released");
  // Let the first query take the connection before anyone else asks.
  await new Promise((resolve) => setImmediate(resolve));
  return { db, holding };
}

describe("a busy pool", () => {
  it("is reported as a busy desk, not a missing database", async () => {
    const { db, holding } = await busyPool();
    const error = await db.claim.count().catch((e: unknown) => e);
    expect(isDeskBusy(error)).toBe(true);
    expect((error as Error).message).toBe("The desk is busy, try again in a moment. Nothing was saved.");
    expect(await holding).toBe("released");
    // Once the connection is free again, the same pool answers.
    expect(typeof (await db.claim.count())).toBe("number");
    await db.$disconnect();
  });

  it("makes a route answer 503 with Retry-After and the busy message", async () => {
    session.user = { id: "u", role: "EDITOR", name: "E", email: "e@x.test" };
    const { db, holding } = await busyPool();
    const route = defineRoute({
      name: "test.busy",
      role: "VIEWER",
      query: z.object({}),
      run: async () => Response.json({ n: await db.claim.count() }),
    });
    const response = await route(new Request("http://127.0.0.1/api/test"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(await response.json()).toMatchObject({ ok: false, code: "DESK_BUSY", error: "The desk is busy, try again in a moment. Nothing was saved." });
    await holding;
    await db.$disconnect();
  });
});
