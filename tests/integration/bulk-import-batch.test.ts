// The jobs of one fetch are written together (docs/import.md): one transaction for all their
// articles, a duplicate inside the batch reported as a duplicate of the winner, and an article whose
// write fails costs only itself (the batch is written again one article per transaction).
import { afterAll, describe, expect, it, vi } from "vitest";

// A write that always fails for the article headed "Poison" (in a batch or alone), and a count of
// the transactions' writes.
vi.mock("@/lib/articles/save-articles", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/articles/save-articles")>();
  return {
    ...real,
    saveArticles: vi.fn(async (...args: Parameters<typeof real.saveArticles>) => {
      if (args[1].some((a) => a.title === "Poison")) throw new Error("poisoned write");
      return real.saveArticles(...args);
    }),
  };
});

const { saveArticles } = await import("@/lib/articles/save-articles");
const { runImportEntries } = await import("@/lib/imports/run-import-entries");
const { analyzeGrownTables } = await import("@/lib/imports/analyze-grown-tables");
const { closeExtractionPool } = await import("@/lib/extraction-pool/extraction-pool");
const { makeUser, testDb, uniqueArticleBody } = await import("./support");

afterAll(async () => {
  await closeExtractionPool();
});

/** A batch with its entries in this order, as the upload stores them (no queue jobs: the test runs them). */
async function entries(files: Array<{ title: string; body: string; outlet?: string; publishedAt?: string }>) {
  const db = testDb();
  const editor = await makeUser();
  const batch = await db.importBatch.create({
    data: {
      createdById: editor.id,
      source: "upload",
      entries: { create: files.map((f, position) => ({ position, name: `${position}.json`, raw: JSON.stringify(f) })) },
    },
    include: { entries: { orderBy: { position: "asc" } } },
  });
  return batch.entries.map((e) => e.id);
}

async function settled(ids: string[]) {
  const rows = await testDb().importEntry.findMany({ where: { id: { in: ids } } });
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

describe("the jobs of one fetch", () => {
  it("are written in one transaction, a repeated text in the batch settling as a duplicate of the one kept", async () => {
    const db = testDb();
    const [first, second] = [uniqueArticleBody(), uniqueArticleBody(" The plant employs 2,300 people.")];
    const ids = await entries([
      { title: "First", body: first },
      { title: "First again", body: `${first}\n` },
      { title: "Second", body: second, outlet: "Wire", publishedAt: "2024-03-05" },
    ]);
    vi.mocked(saveArticles).mockClear();

    const unexpected = await runImportEntries(db, ids);

    expect(unexpected.size).toBe(0);
    expect(vi.mocked(saveArticles)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(saveArticles).mock.calls[0]![1]).toHaveLength(3);
    const [a, again, b] = await settled(ids);
    const [kept, copy] = a!.status === "IMPORTED" ? [a!, again!] : [again!, a!];
    expect(kept).toMatchObject({ status: "IMPORTED", raw: null, reason: null });
    expect(copy).toMatchObject({ status: "DUPLICATE", articleId: kept.articleId, raw: null });
    expect(b).toMatchObject({ status: "IMPORTED", raw: null });
    for (const entry of [kept, b!]) {
      const article = await db.article.findUniqueOrThrow({ where: { id: entry.articleId! }, include: { _count: { select: { claims: true } } } });
      expect(entry.claimCount).toBeGreaterThan(0);
      expect(article._count.claims).toBe(entry.claimCount);
      // Its audit row and its cross-references committed with it.
      expect(await db.auditLog.findMany({ where: { entityType: "article", entityId: article.id } })).toMatchObject([
        { action: "article.import", after: { claimCount: entry.claimCount, sourceFormat: "json" } },
      ]);
      expect(await db.claimXref.count({ where: { articleId: article.id } })).toBe(entry.claimCount);
    }
    expect(await db.article.count({ where: { body: first } })).toBe(1);
    const stored = await db.article.findUniqueOrThrow({ where: { id: b!.articleId! } });
    expect(stored).toMatchObject({ title: "Second", outlet: "Wire", body: second, sourceFormat: "json", version: 1 });
    expect(stored.publishedAt?.toISOString()).toBe("2024-03-05T00:00:00.000Z");
  });

  it("fail one at a time: an article whose write fails is retried alone, and the others import", async () => {
    const db = testDb();
    const texts = [uniqueArticleBody(), uniqueArticleBody(), uniqueArticleBody()];
    const ids = await entries([
      { title: "Fine", body: texts[0]! },
      { title: "Poison", body: texts[1]! },
      { title: "Also fine", body: texts[2]! },
    ]);

    const unexpected = await runImportEntries(db, ids);

    // The batch failed, then each article was written in its own transaction.
    expect([...unexpected.keys()]).toEqual([ids[1]]);
    expect(unexpected.get(ids[1]!)?.message).toBe("poisoned write");
    const [fine, poison, alsoFine] = await settled(ids);
    expect(fine).toMatchObject({ status: "IMPORTED" });
    expect(alsoFine).toMatchObject({ status: "IMPORTED" });
    // Left to pg-boss's retry, with the reason the dead-letter worker would report.
    expect(poison).toMatchObject({ status: "IMPORTING", articleId: null, reason: "The import failed unexpectedly: poisoned write" });
    expect(await db.article.count({ where: { body: texts[1] } })).toBe(0);
    expect(await db.article.count({ where: { body: { in: [texts[0]!, texts[2]!] } } })).toBe(2);
  });
});

describe("statistics while a bulk import grows the tables", () => {
  it("analyzes a table once it has grown past the threshold, and not again until it grows again", async () => {
    const db = testDb();
    const marker = `analyze-${Date.now()}`;
    // 1,500 new rows in one of the tables the import's statements plan against.
    // The connection reports its counts to the statistics when it next goes idle (forced: at once).
    await db.$transaction([
      db.$executeRaw`
        INSERT INTO entities (id, name, "normName", kind)
        SELECT ${marker} || g, 'Analyze ' || g, ${marker} || ' ' || g, 'ORGANIZATION' FROM generate_series(1, 1500) g`,
      db.$executeRaw`SELECT pg_stat_force_next_flush()`,
    ]);
    try {
      const start = Date.now() + 3_600_000; // past any earlier call's interval
      expect(await analyzeGrownTables(db, start)).toContain("entities");
      const [stats] = await db.$queryRaw<Array<{ analyzed: boolean; pending: number }>>`
        SELECT last_analyze IS NOT NULL AS analyzed, n_mod_since_analyze::int AS pending FROM pg_stat_user_tables WHERE relname = 'entities'`;
      expect(stats).toEqual({ analyzed: true, pending: 0 });
      // Within the interval: no look at all; after it: nothing has grown since.
      expect(await analyzeGrownTables(db, start + 1)).toEqual([]);
      expect(await analyzeGrownTables(db, start + 3_600_000)).not.toContain("entities");
    } finally {
      await db.$executeRaw`DELETE FROM entities WHERE id LIKE ${`${marker}%`}`;
    }
  });
});
