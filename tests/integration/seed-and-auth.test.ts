import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { authenticate } from "@/lib/auth/authenticate";
import { makeUser, testDb } from "./support";

describe("seedDatabase", () => {
  it("loads both seed articles with their claims and the demo accounts, and a second run adds nothing", async () => {
    const db = testDb();
    const first = await seedDatabase(db, path.join(process.cwd(), "seeds"));
    expect(first.seedFiles).toBe(2);
    const articles = await db.article.findMany({ where: { importedBy: { email: "editor@claimdesk.test" } }, include: { _count: { select: { claims: true } } } });
    expect(articles).toHaveLength(2);
    for (const a of articles) expect(a._count.claims).toBeGreaterThan(3);
    expect(articles.map((a) => a.sourceFormat).sort()).toEqual(["plain", "tagged"]);

    const second = await seedDatabase(db, path.join(process.cwd(), "seeds"));
    expect(second.imported).toEqual([]);
    expect(await db.article.count({ where: { importedBy: { email: "editor@claimdesk.test" } } })).toBe(2);
    expect(await db.user.count({ where: { email: { in: ["editor@claimdesk.test", "admin@claimdesk.test"] } } })).toBe(2);
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
