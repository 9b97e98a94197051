import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { authenticate } from "@/lib/auth/authenticate";
import { makeUser, testDb } from "./support";

describe("seedDatabase", () => {
  it("loads both seed articles with their claims, and a second run adds nothing", async () => {
    const db = testDb();
    await makeUser("EDITOR");
    const seedsDir = path.join(process.cwd(), "seeds");
    const first = await seedDatabase(db, { seedsDir, demoPassword: "demo-password" });
    expect(first.seedFiles).toBe(2);
    // Other tests have created users already: demo accounts are only for a database with none.
    expect(first.createdAccounts).toEqual([]);
    expect(first.imported).toHaveLength(2);
    // Other tests import plain-text articles too: the seeds are the two about Xiaomi.
    const seeds = { title: { contains: "Xiaomi" }, sourceFormat: { in: ["plain", "tagged"] } };
    const articles = await db.article.findMany({ where: seeds, include: { _count: { select: { claims: true } } } });
    expect(articles.map((a) => a.sourceFormat).sort()).toEqual(["plain", "tagged"]);
    for (const a of articles) expect(a._count.claims).toBeGreaterThan(3);

    const second = await seedDatabase(db, { seedsDir, demoPassword: "demo-password" });
    expect(second.imported).toEqual([]);
    expect(await db.article.count({ where: seeds })).toBe(2);
  });
});

describe("authenticate", () => {
  it("accepts the right password and refuses a wrong one or an unknown email alike", async () => {
    testDb();
    const user = await makeUser("VIEWER", "a long enough password");
    expect(await authenticate(user.email.toUpperCase(), "a long enough password")).toMatchObject({ id: user.id, role: "VIEWER" });
    expect(await authenticate(user.email, "wrong password")).toBeNull();
    expect(await authenticate("nobody@example.test", "a long enough password")).toBeNull();
  });
});
