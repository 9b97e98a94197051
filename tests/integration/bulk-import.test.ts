// The bulk-import queue end to end on PostgreSQL: outcomes per entry, duplicates (also when two
// workers race), NDJSON line errors, and a worker killed with kill -9 in the middle of an import's
// transaction: no half article, and the job is retried and completes.
import { spawn, type ChildProcess } from "node:child_process";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHash, normalizeBody } from "@/lib/articles/content-hash";
import { createImportBatch } from "@/lib/imports/create-import-batch";
import { getImportBatch } from "@/lib/imports/get-import-batch";
import { stopImportQueue } from "@/lib/imports/import-queue";
import { giveUpImportEntry, runImportEntry } from "@/lib/imports/run-import-entry";
import { startImportWorker } from "@/lib/imports/start-import-worker";
import { unpackUpload } from "@/lib/imports/unpack-upload";
import { closeExtractionPool } from "@/lib/extraction-pool/extraction-pool";
import type { Role } from "@/lib/auth/roles";
import { makeUser, testDb, uniqueArticleBody } from "./support";

// Short enough for a test to see a lost job come back; the same for the killed child worker.
const QUEUE_ENV = { IMPORT_SUPERVISE_SECONDS: "1", IMPORT_JOB_RETRY_DELAY_SECONDS: "0", IMPORT_JOB_EXPIRE_SECONDS: "20", IMPORT_JOB_RETRIES: "2" };
Object.assign(process.env, QUEUE_ENV);

let worker: { stop: () => Promise<void> } | null = null;

beforeAll(() => {
  testDb(); // sets DATABASE_URL for the queue
});

afterAll(async () => {
  await worker?.stop();
  await stopImportQueue();
  await closeExtractionPool();
});

async function waitForBatch(batchId: string, viewer: { id: string; role: Role }, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const batch = await getImportBatch(testDb(), { batchId, viewer });
    if (batch.done) return batch;
    if (Date.now() > deadline) throw new Error(`batch not done: ${JSON.stringify(batch.counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the database is polled, like the page does
  }
}

const hashOf = (body: string) => contentHash(normalizeBody(body));

describe("a bulk import", () => {
  it("imports each file, reports the same text again as a duplicate, and fails a broken NDJSON line with its reason", async () => {
    const db = testDb();
    const editor = await makeUser();
    const first = uniqueArticleBody();
    const second = uniqueArticleBody(" The plant employs 2,300 people.");
    const ndjson = [JSON.stringify({ title: "From the feed", outlet: "Wire", body: second }), '{"title": "cut off', JSON.stringify({ title: "No body here" })].join("\n");
    const entries = await unpackUpload([
      { name: "first.txt", bytes: Buffer.from(first) },
      { name: "again.txt", bytes: Buffer.from(`${first}\n\n`) },
      { name: "feed.ndjson", bytes: Buffer.from(ndjson) },
    ]);
    const created = await createImportBatch(db, { entries, actorId: editor.id, source: "upload" });
    expect(created).toMatchObject({ queued: 5, failed: 0 });
    worker = await startImportWorker(db);

    const batch = await waitForBatch(created.batchId, editor);
    const byName = Object.fromEntries(batch.entries.map((e) => [e.name, e]));
    expect(batch.counts).toEqual({ queued: 0, importing: 0, imported: 2, duplicate: 1, failed: 2 });
    const original = [byName["first.txt"]!, byName["again.txt"]!].find((e) => e.status === "IMPORTED")!;
    const copy = [byName["first.txt"]!, byName["again.txt"]!].find((e) => e.status === "DUPLICATE")!;
    expect(copy.articleId).toBe(original.articleId);
    expect(original.claimCount).toBeGreaterThan(0);
    expect(byName["feed.ndjson line 1"]).toMatchObject({ status: "IMPORTED", articleTitle: "From the feed" });
    expect(byName["feed.ndjson line 2"]).toMatchObject({ status: "FAILED", reason: expect.stringMatching(/not a usable JSON article/) });
    expect(byName["feed.ndjson line 3"]).toMatchObject({ status: "FAILED", reason: expect.stringMatching(/no "body" field/) });
    expect(await db.article.count({ where: { contentHash: hashOf(first) } })).toBe(1);
    const article = await db.article.findUniqueOrThrow({ where: { id: original.articleId! }, include: { _count: { select: { claims: true } } } });
    expect(article._count.claims).toBe(original.claimCount);
    // Settled entries no longer keep the raw text; the article has the body.
    expect(await db.importEntry.count({ where: { batchId: created.batchId, raw: { not: null } } })).toBe(0);
  });

  it("keeps one article when two workers import the same text at the same moment", async () => {
    const db = testDb();
    const editor = await makeUser();
    const body = uniqueArticleBody(" Two desks uploaded this at once.");
    const a = await createImportBatch(db, { entries: [{ name: "a.txt", text: body }], actorId: editor.id, source: "upload" });
    const b = await createImportBatch(db, { entries: [{ name: "b.txt", text: body }], actorId: editor.id, source: "upload" });
    const [entryA, entryB] = await Promise.all(
      [a, b].map((batch) => db.importEntry.findFirstOrThrow({ where: { batchId: batch.batchId }, select: { id: true } })),
    );
    // Both run before either commits: both pass the duplicate check, the unique index decides.
    await Promise.all([runImportEntry(db, entryA!.id), runImportEntry(db, entryB!.id)]);
    const settled = await db.importEntry.findMany({ where: { id: { in: [entryA!.id, entryB!.id] } }, select: { status: true, articleId: true } });
    expect(settled.map((e) => e.status).sort()).toEqual(["DUPLICATE", "IMPORTED"]);
    expect(settled[0]!.articleId).toBe(settled[1]!.articleId);
    expect(await db.article.count({ where: { contentHash: hashOf(body) } })).toBe(1);
    // Their queued jobs find the entries settled and leave them alone.
    await waitForBatch(a.batchId, editor);
    await waitForBatch(b.batchId, editor);
    expect(await db.article.count({ where: { contentHash: hashOf(body) } })).toBe(1);
  });

  it("marks an entry failed, with the last error it recorded, when its job runs out of retries", async () => {
    const db = testDb();
    const editor = await makeUser();
    await worker?.stop(); // the entries' state is set by hand below
    worker = null;
    const { batchId } = await createImportBatch(db, {
      entries: [{ name: "a.txt", text: uniqueArticleBody() }, { name: "b.txt", text: uniqueArticleBody() }],
      actorId: editor.id,
      source: "cli",
    });
    const [a, b] = await db.importEntry.findMany({ where: { batchId }, orderBy: { position: "asc" } });
    // What the job leaves behind when every attempt died (a) or failed unexpectedly (b).
    await db.importEntry.update({ where: { id: a!.id }, data: { status: "IMPORTING" } });
    await db.importEntry.update({ where: { id: b!.id }, data: { status: "IMPORTING", reason: "The import failed unexpectedly: connection reset" } });
    await giveUpImportEntry(db, a!.id, 3);
    await giveUpImportEntry(db, b!.id, 3);
    const [failedA, failedB] = await db.importEntry.findMany({ where: { batchId }, orderBy: { position: "asc" } });
    expect(failedA).toMatchObject({ status: "FAILED", raw: null, reason: "Gave up after 3 attempts: the worker stopped each time before finishing." });
    expect(failedB).toMatchObject({ status: "FAILED", reason: "The import failed unexpectedly: connection reset (gave up after 3 attempts)." });
    expect((await waitForBatch(batchId, editor)).counts).toMatchObject({ failed: 2, importing: 0 });
  });

  it("leaves no half article when a worker is killed with kill -9 mid-import, and the retried job completes", async () => {
    const db = testDb();
    const editor = await makeUser();
    // No worker runs in this process now: only the child works this job.
    // A long article, so the child is still working when the test locks the entry.
    const body = uniqueArticleBody(" The port handled 4.1 million containers in 2022, 6 percent more than in 2021.".repeat(400));
    const { batchId } = await createImportBatch(db, { entries: [{ name: "long.txt", text: body }], actorId: editor.id, source: "upload" });
    const { id: entryId } = await db.importEntry.findFirstOrThrow({ where: { batchId }, select: { id: true } });

    const child = startChildWorker();
    const locker = new Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    try {
      await waitUntil(async () => (await db.importEntry.findUniqueOrThrow({ where: { id: entryId } })).status === "IMPORTING", 30_000);
      // Hold the entry's row: the child's import transaction writes the article, its claims and the
      // audit row, then waits here to mark the entry imported — in the middle of its transaction.
      await locker.query("BEGIN");
      await locker.query("SELECT id FROM import_entries WHERE id = $1 FOR UPDATE", [entryId]);
      const blocked = await waitUntil(async () => {
        const { rows } = await locker.query<{ pid: number; tables: string[] }>(
          `SELECT a.pid, array_agg(DISTINCT c.relname::text) AS tables
             FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid JOIN pg_class c ON c.oid = l.relation
            WHERE a.wait_event_type = 'Lock' AND a.query ILIKE '%import_entries%' AND a.pid <> pg_backend_pid()
            GROUP BY a.pid`,
        );
        return rows[0] ?? null;
      }, 30_000);
      // The child's open transaction has written to articles, claims and audit_log.
      expect(blocked.tables).toEqual(expect.arrayContaining(["articles", "claims", "audit_log"]));

      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
      await locker.query("ROLLBACK");
      // Its server connection notices the dead client and rolls the transaction back.
      await waitUntil(async () => (await locker.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [blocked.pid])).rowCount === 0, 30_000);
      expect(await db.article.count({ where: { contentHash: hashOf(body) } })).toBe(0);
      expect(await db.claim.count({ where: { article: { contentHash: hashOf(body) } } })).toBe(0);
      expect((await db.importEntry.findUniqueOrThrow({ where: { id: entryId } })).status).toBe("IMPORTING");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await locker.end();
    }

    // A worker comes back; pg-boss finds the job expired and retries it.
    worker = await startImportWorker(db);
    const batch = await waitForBatch(batchId, editor, 90_000);
    expect(batch.counts).toMatchObject({ imported: 1, failed: 0 });
    const entry = await db.importEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(entry.attempts).toBeGreaterThanOrEqual(2);
    const article = await db.article.findUniqueOrThrow({ where: { id: entry.articleId! }, include: { _count: { select: { claims: true } } } });
    expect(article._count.claims).toBe(entry.claimCount);
    expect(await db.article.count({ where: { contentHash: hashOf(body) } })).toBe(1);
    const { rows } = await rawQuery("SELECT state, retry_count FROM pgboss.job WHERE data->>'entryId' = $1", [entryId]);
    expect(rows).toEqual([{ state: "completed", retry_count: expect.any(Number) }]);
    expect(rows[0].retry_count).toBeGreaterThanOrEqual(1);
  }, 150_000);
});

function startChildWorker(): ChildProcess {
  // node itself with tsx's loader, not the tsx CLI (which runs the script in a grandchild that a
  // SIGKILL of the CLI would leave alive).
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, ...QUEUE_ENV, EXTRACTION_THREADS: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return child;
}

async function rawQuery(sql: string, params: unknown[]) {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

async function waitUntil<T>(check: () => Promise<T | null | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25)); // polling the database: no event to wait for
  }
}
