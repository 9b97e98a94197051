// Extraction runs in worker threads with a time budget: a slow article fails with a clear reason
// and its thread is replaced, and while it runs the request thread keeps answering.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createExtractionPool, ExtractionTimeoutError } from "@/lib/extraction-pool/extraction-pool";
import { importArticle } from "@/lib/articles/import-article";
import { contentHash, normalizeBody } from "@/lib/articles/content-hash";
import { makeUser, testDb, uniqueArticleBody } from "./support";

const SLOW_WORKER = path.join(process.cwd(), "tests/fixtures/extraction-pool/slow-worker.cjs");
const slowPool = createExtractionPool({ filename: SLOW_WORKER, threads: 1 });
afterAll(() => slowPool.close());

// The stand-in worker reads spinMs from the task; the pool passes tasks through untouched.
const spin = (ms: number) => ({ kind: "extract", body: "", spinMs: ms }) as never;

describe("the extraction pool", () => {
  it("stops an article over its time budget with a clear reason, and the next article runs on a fresh thread", async () => {
    const started = Date.now();
    const error = await slowPool.run(spin(30_000), 800).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionTimeoutError);
    expect((error as Error).message).toMatch(/took longer than its 0\.8 s budget .* nothing was saved/);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The thread that was stuck is gone: a new task is answered at once.
    await expect(slowPool.run(spin(10), 5_000)).resolves.toEqual({ kind: "extract", claims: [] });
  });

  it("keeps the request thread free: database reads answer quickly while a slow extraction runs", async () => {
    const db = testDb();
    await db.$queryRaw`SELECT 1`; // a warm connection, as a running server has
    let finished = false;
    const slow = slowPool.run(spin(3_000), 10_000).then(() => (finished = true));
    const latencies: number[] = [];
    while (!finished) {
      const t = performance.now();
      await db.user.count();
      latencies.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await slow;
    // Over three seconds of extraction, reads kept flowing the whole time, none held up by it.
    expect(latencies.length).toBeGreaterThan(20);
    expect(Math.max(...latencies)).toBeLessThan(500);
  });

  it("is what importArticle uses: an article over the budget is refused and nothing is saved", async () => {
    const db = testDb();
    const editor = await makeUser();
    const body = uniqueArticleBody(" The fleet grew to 340 vehicles in 2022.".repeat(200));
    const previous = process.env.EXTRACTION_TIMEOUT_MS;
    process.env.EXTRACTION_TIMEOUT_MS = "1";
    try {
      await expect(importArticle(db, { title: "Over budget", body } as never, editor.id)).rejects.toThrow(/took longer than its .* budget/);
    } finally {
      if (previous === undefined) delete process.env.EXTRACTION_TIMEOUT_MS;
      else process.env.EXTRACTION_TIMEOUT_MS = previous;
    }
    expect(await db.article.count({ where: { contentHash: contentHash(normalizeBody(body)) } })).toBe(0);
    // With the normal budget the same article imports.
    const imported = await importArticle(db, { title: "Within budget", body } as never, editor.id);
    expect(imported.claimCount).toBeGreaterThan(0);
  });
});
