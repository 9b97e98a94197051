// Property-based fuzzing of every server action's input path, as the browser would call it, with
// hostile values: NUL, lone surrogates, RTL and zero-width marks, huge strings, deeply nested
// arrays and objects, numbers past int4, wrong types. Every call must end in an ActionResult the
// form can show (never a throw, never an INTERNAL "something went wrong"), and a refused call must
// leave every table as it was (no partial write). The actions are found on disk, so an action
// another feature adds is fuzzed too (any module starting with "use server").
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { hostileInput, hostileString, hostileValue } from "../../support/hostile";
import { importArticle } from "@/lib/articles/import-article";
import { makeUser, testDb, uniqueArticleBody } from "../support";

let admin: SessionUser;
let claimId = "";

/**
 * Valid input with ONE field hostile, so each call gets past every other field and reaches the
 * domain code and the database with NUL, lone surrogates, RTL marks, int4 edges… in that field.
 */
function nearlyValidInput(): fc.Arbitrary<unknown> {
  const valid = fc.record({
    title: fc.constant("Hostile \u202Eheadline"),
    author: fc.constant(""),
    outlet: fc.constant("The \u200BWire"),
    publishedAt: fc.constantFrom("", "2024-02-29", "1000-01-01", "9999-12-31"),
    url: fc.constantFrom("", "https://example.test/a?b=%00"),
    body: fc.uuid().map((id) => uniqueArticleBody(` Fuzz ${id}.`)),
    claimId: fc.constant(null).map(() => claimId),
    version: fc.constantFrom(1, 2_147_483_647, "1"),
    status: fc.constantFrom("IN_REVIEW", "UNREVIEWED", "DISMISSED"),
    verdict: fc.constantFrom("", "TRUE"),
    note: fc.constantFrom("", "A note ＝1+1", "x".repeat(5_000)),
    confirmNoEvidence: fc.boolean(),
    stance: fc.constant("SUPPORTS"),
    strength: fc.constant("PRIMARY"),
    email: fc.uuid().map((id) => `fuzz-${id}@example.test`),
    name: fc.constant("Fuzz \u202Euser"),
    role: fc.constantFrom("VIEWER", "EDITOR"),
    password: fc.constant("a long enough password"),
    text: fc.constantFrom("Plain article text. It sold 5 cars in 2020.", '{"title":"T","body":"Sold 5 cars."}'),
  });
  return fc
    .tuple(valid, fc.constantFrom("title", "author", "outlet", "publishedAt", "url", "body", "claimId", "version", "note", "email", "name", "password", "text"), fc.oneof({ weight: 4, arbitrary: hostileString() }, hostileValue()))
    .map(([input, key, value]) => ({ ...input, [key]: key === "body" && typeof value === "string" ? `${input.body} ${value}` : value }));
}

vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => admin,
  requirePageUser: async () => admin,
}));

function actionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return actionFiles(full);
    // Every server-action module: a .ts file that starts with the "use server" directive.
    return /\.ts$/.test(name) && /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

// Only what this test's own user wrote: other test files write to the same database in parallel.
async function counts(): Promise<Record<string, number>> {
  const id = admin.id;
  const rows = await testDb().$queryRawUnsafe<Array<Record<string, number>>>(
    `SELECT
       (SELECT count(*)::int FROM articles WHERE "importedById" = $1) AS articles,
       (SELECT count(*)::int FROM claims c JOIN articles a ON a.id = c."articleId" WHERE a."importedById" = $1) AS claims,
       (SELECT count(*)::int FROM evidence WHERE "addedById" = $1) AS evidence,
       (SELECT count(*)::int FROM notes WHERE "authorId" = $1) AS notes,
       (SELECT count(*)::int FROM claim_links WHERE "createdById" = $1) AS claim_links,
       (SELECT count(*)::int FROM audit_log WHERE "actorId" = $1) AS audit_log,
       (SELECT count(*)::int FROM users WHERE email LIKE 'fuzz-%') AS users`,
    id,
  );
  return rows[0]!;
}

describe("server actions under hostile input", () => {
  beforeAll(async () => {
    const user = await makeUser("ADMIN");
    admin = { id: user.id, role: "ADMIN", name: user.name, email: user.email };
    const article = await importArticle(testDb(), { title: "Fuzz target", author: null, outlet: null, publishedAt: null, url: null, body: uniqueArticleBody() }, user.id);
    claimId = (await testDb().claim.findFirstOrThrow({ where: { articleId: article.id } })).id;
  });

  const files = actionFiles(path.join(process.cwd(), "app"));

  it("finds the app's actions", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(`${path.relative(process.cwd(), file)}: every export answers hostile input with a result, and refusals write nothing`, async () => {
      const exported = (await import(file)) as Record<string, unknown>;
      const actions = Object.entries(exported).filter(([, v]) => typeof v === "function") as Array<[string, (input: unknown) => Promise<unknown>]>;
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        await fc.assert(
          fc.asyncProperty(fc.oneof({ weight: 1, arbitrary: hostileInput() }, { weight: 3, arbitrary: nearlyValidInput() }), async (input) => {
            const before = await counts();
            let result: { ok: boolean; code?: string; error?: string };
            try {
              result = (await action(input)) as typeof result;
            } catch (error) {
              throw new Error(`${name} threw instead of answering: ${String(error).slice(0, 300)}`);
            }
            expect(typeof result?.ok, name).toBe("boolean");
            if (!result.ok) {
              expect(result.code, `${name}: ${result.error}`).not.toBe("INTERNAL");
              expect(await counts(), `${name} refused but wrote`).toEqual(before);
            } else {
              // What was accepted was stored whole: nothing without its audit row.
              const orphans = await testDb().$queryRawUnsafe<Array<{ n: number }>>(
                `SELECT count(*)::int AS n FROM articles a WHERE a."importedById" = $1 AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l."entityId" = a.id)`,
                admin.id,
              );
              expect(orphans[0]!.n, name).toBe(0);
            }
          }),
          { numRuns: 60, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
        );
      }
    }, 120_000);
  }
});
