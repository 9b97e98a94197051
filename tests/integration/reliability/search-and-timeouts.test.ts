// D6: "%" and "_" in a search are literal characters. D7: a database time limit stops a slow
// statement or an overlong transaction with a plain message, and the client keeps working.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listClaims } from "@/lib/claims/list-claims";
import { claimFilterSchema } from "@/lib/validation/claim-filter";
import { createPrismaClient } from "@/lib/db";
import { requestTimeouts } from "@/lib/db-timeouts";
import { toFailure } from "@/lib/actions/to-failure";
import { importArticle } from "@/lib/articles/import-article";
import { inject } from "vitest";
import { makeUser, testDb, uniqueArticleBody } from "../support";

describe("search wildcards", () => {
  it("matches % and _ literally", async () => {
    const db = testDb();
    const user = await makeUser("EDITOR");
    const article = await importArticle(db, { title: "Wildcards", author: null, outlet: null, publishedAt: null, url: null, body: uniqueArticleBody() }, user.id);
    const tag = `Wq${randomUUID().slice(0, 6)}`;
    const texts = [`${tag}4% literal`, `${tag}45 digits`, `${tag}4_ underscore`, `${tag}4x other`];
    await db.claim.createMany({
      data: texts.map((text, i) => ({ articleId: article.id, text, quote: text, start: i, end: i + 1, type: "QUANTITY" as const, checkworthiness: 0.5 })),
    });
    // Search is full-text (lib/lists): % and _ are never wildcards, they are not search terms at all.
    const search = async (q: string) => listClaims(db, claimFilterSchema.parse({ q, articleId: article.id }));
    const percent = await search("%");
    expect(percent.searchProblem).toBe("Search needs at least one letter or digit.");
    const underscore = await search("_");
    expect(underscore.searchProblem).toBe("Search needs at least one letter or digit.");
    // "4%" is the word "4…" and nothing more: not every claim, not the one whose word merely starts alike.
    const texts4 = (await search(`${tag}4%`)).items.map((c) => c.text);
    expect(texts4).toContain(`${tag}4% literal`);
    expect(texts4).not.toContain(`${tag}45 digits`);
    expect(texts4).not.toContain(`${tag}4x other`);
    expect((await search("\\")).searchProblem).not.toBeNull();
  });
});

describe("database time limits", () => {
  it("a statement past statement_timeout is stopped with a plain message; the client still serves", async () => {
    const db = createPrismaClient(inject("databaseUrl"), { timeouts: { ...requestTimeouts(), statement_timeout: 300, query_timeout: 2_000 } });
    try {
      const started = Date.now();
      const error = await db.$queryRaw`SELECT pg_sleep(5)`.then(
        () => null,
        (e: unknown) => e,
      );
      expect(Date.now() - started).toBeLessThan(2_000);
      const failure = toFailure(error, "timeout-test");
      expect(failure.code).toBe("DATABASE_UNAVAILABLE");
      expect(failure.error).toMatch(/took too long.*nothing was saved/);
      expect(await db.$queryRaw<Array<{ one: number }>>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await db.$disconnect();
    }
  });

  it("a transaction past its time limit is rolled back and says so plainly", async () => {
    const db = createPrismaClient(inject("databaseUrl"), { timeouts: { ...requestTimeouts(), transaction: { maxWait: 2_000, timeout: 300 } } });
    const marker = `tx-timeout-${randomUUID()}`;
    try {
      const error = await db
        .$transaction(async (tx) => {
          await tx.user.create({ data: { email: `${marker}@example.test`, name: marker, passwordHash: "x" } });
          await new Promise((resolve) => setTimeout(resolve, 800)); // a stalled step inside the transaction
          await tx.user.count();
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      const failure = toFailure(error, "tx-timeout-test");
      expect(failure.code).toBe("DATABASE_UNAVAILABLE");
      expect(failure.error).toMatch(/took too long/);
      expect(await db.user.count({ where: { name: marker } })).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
