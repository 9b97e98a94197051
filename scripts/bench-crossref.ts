// npm run bench:crossref — cross-reference speed at 1,000,000 claims in 50,000 articles (the
// shared bench corpus, scripts/support/bench-corpus.ts), on a throwaway database:
//   backfill (the same command as `npm run crossref:backfill`), then p50/p95 of
//   - suggestions for one claim: indexed candidates vs the same ranking over every claim (sequential),
//   - conflict detection (the whole import hook) for one new 30-claim article,
//   - an entity page of the person closest to 5,000 claims.
// BENCH_ARTICLES=5000 for a quick run; --keep leaves the database for EXPLAIN ANALYZE;
// BENCH_DATABASE_URL=<kept database> measures it again without rebuilding or backfilling.
import { performance } from "node:perf_hooks";
import { createPrismaClient, type Db } from "@/lib/db";
import { backfillCrossref } from "@/lib/crossref/backfill";
import { indexArticles } from "@/lib/crossref/index-articles";
import { suggestClaims } from "@/lib/crossref/suggest-claims";
import { getEntity } from "@/lib/crossref/get-entity";
import { createBenchDatabase } from "./support/bench-corpus";

const SUGGESTION_SAMPLES = 100;
const SEQUENTIAL_SAMPLES = 3;
const IMPORT_SAMPLES = 20;
const ENTITY_SAMPLES = 30;

async function main() {
  // BENCH_DATABASE_URL: measure a database kept by an earlier `--keep` run (its backfill already done),
  // so the measurements can be repeated on a quiet machine without a new 1M backfill.
  const kept = process.env.BENCH_DATABASE_URL;
  const bench = kept ? null : await createBenchDatabase({ name: "crossref", articles: Number(process.env.BENCH_ARTICLES ?? 50_000) });
  const db = createPrismaClient(kept ?? bench!.url);
  try {
    if (bench) {
      console.log(`\nCross-reference benchmark: ${bench.claims.toLocaleString("en")} claims in ${bench.articles.toLocaleString("en")} articles`);
      await backfill(db);
    } else {
      const [size] = await db.$queryRaw<Array<{ claims: number; articles: number }>>`
        SELECT (SELECT count(*)::int FROM claims) AS claims, (SELECT count(*)::int FROM articles) AS articles`;
      console.log(`\nCross-reference benchmark on a kept database: ${size!.claims.toLocaleString("en")} claims in ${size!.articles.toLocaleString("en")} articles`);
    }
    await benchSuggestions(db);
    await benchImport(db);
    await benchEntityPage(db);
  } finally {
    await db.$disconnect();
    if (bench && process.argv.includes("--keep")) console.log(`kept: ${bench.url}`);
    else if (bench) await bench.drop();
  }
}

async function backfill(db: Db) {
  let started = performance.now();
  const report = await backfillCrossref(db, {
    batchSize: 1_000,
    onProgress: (done, total) => process.stdout.write(`\rbackfill: ${done}/${total} articles`),
  });
  const backfillSeconds = (performance.now() - started) / 1000;
  process.stdout.write("\n");
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const [counts] = await db.$queryRaw<Array<Record<string, number>>>`
    SELECT (SELECT count(*)::int FROM entities) AS entities, (SELECT count(*)::int FROM claim_entities) AS "claimEntities",
           (SELECT count(*)::int FROM claim_conflicts WHERE relation = 'CONFLICT') AS conflicts,
           (SELECT count(*)::int FROM claim_conflicts WHERE relation = 'RELATED') AS related`;
  console.log(
    `backfill: ${report.articles} articles, ${report.claims} claims in ${backfillSeconds.toFixed(0)} s → ${counts!.entities} entities, ` +
      `${counts!.claimEntities} claim–entity rows, ${counts!.conflicts} conflicts, ${counts!.related} related figures`,
  );
  started = performance.now();
  const rerun = await backfillCrossref(db);
  console.log(`backfill rerun: ${rerun.articles} articles to do, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function benchSuggestions(db: Db) {
  const sample = await db.$queryRaw<Array<{ id: string }>>`
    SELECT "claimId" AS id FROM claim_xref ORDER BY md5("claimId") LIMIT ${SUGGESTION_SAMPLES + SEQUENTIAL_SAMPLES}`;
  for (const { id } of sample.slice(0, 5)) await suggestClaims(db, id); // warm-up
  const indexed: number[] = [];
  for (const { id } of sample.slice(0, SUGGESTION_SAMPLES)) indexed.push(await time(() => suggestClaims(db, id)));
  const sequential: number[] = [];
  const indexedSame: number[] = [];
  let overlap = 0;
  let top1 = 0;
  for (const { id } of sample.slice(SUGGESTION_SAMPLES)) {
    let all: Awaited<ReturnType<typeof suggestClaims>> = [];
    let fast: Awaited<ReturnType<typeof suggestClaims>> = [];
    sequential.push(await time(async () => (all = await suggestClaims(db, id, { candidates: "all" }))));
    indexedSame.push(await time(async () => (fast = await suggestClaims(db, id))));
    const ids = new Set(all.map((s) => s.id));
    overlap += all.length ? fast.filter((s) => ids.has(s.id)).length / all.length : 1;
    top1 += all[0] && fast[0] && all[0].score - fast[0].score < 1e-9 ? 1 : 0;
  }
  const p = percentiles(indexed);
  const s = percentiles(sequential);
  const same = percentiles(indexedSame);
  console.log(`\nsuggestions for one claim (top 10)`);
  console.log(`  indexed candidates (${indexed.length} claims)    p50 ${ms(p.p50)}  p95 ${ms(p.p95)}   goal p95 ≤ 50 ms`);
  console.log(`  same ranking, sequential scan (${sequential.length} claims) p50 ${ms(s.p50)}  p95 ${ms(s.p95)}`);
  console.log(`  on those ${sequential.length} claims: indexed p50 ${ms(same.p50)} → ${(s.p50 / same.p50).toFixed(0)}× faster (goal ≥ 20×)`);
  console.log(
    `  agreement with the sequential ranking: ${((overlap / sequential.length) * 100).toFixed(0)}% of its top 10, same best score on ${top1}/${sequential.length}`,
  );
}

class Rollback extends Error {}

/** A new article of 30 claims taken from random articles (figures changed), indexed as the import does, then rolled back. */
async function benchImport(db: Db) {
  const runs: number[] = [];
  let conflicts = 0;
  for (let i = 0; i < IMPORT_SAMPLES + 2; i++) {
    try {
      await db.$transaction(
        async (tx) => {
          const [article] = await tx.$queryRaw<Array<{ id: string }>>`
            INSERT INTO articles (id, title, body, "contentHash", "importedById", "publishedAt", "updatedAt")
            SELECT 'bench_new_' || ${i}, 'Bench import ' || ${i}, 'body', md5(random()::text), id, now(), now()
            FROM users WHERE role = 'EDITOR' LIMIT 1
            RETURNING id`;
          await tx.$executeRaw`
            INSERT INTO claims (id, "articleId", text, quote, start, "end", type, checkworthiness, "quantityValue", "quantityUnit",
                                "quantityComparator", "quantityPeriod", "moneyAmount", "moneyCurrency", speaker, entities, "updatedAt")
            SELECT 'bench_new_' || ${i} || '_' || n, ${article!.id}, text, quote, 0, 1, type, checkworthiness, "quantityValue" * 1.3,
                   "quantityUnit", "quantityComparator", "quantityPeriod", "moneyAmount" * 1.3, "moneyCurrency", speaker, entities, now()
            FROM (SELECT c.*, row_number() OVER () AS n FROM claims c TABLESAMPLE SYSTEM (0.1) REPEATABLE (${i}) LIMIT 30) s`;
          const elapsed = await time(async () => {
            const result = await indexArticles(tx, [article!.id]);
            if (i >= 2) conflicts += result.newConflicts;
          });
          if (i >= 2) runs.push(elapsed); // the first two warm the caches
          throw new Rollback();
        },
        { timeout: 60_000 },
      );
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  }
  const p = percentiles(runs);
  console.log(`\nimport hook for one new 30-claim article (match keys, entities, conflict detection; ${runs.length} articles)`);
  console.log(`  p50 ${ms(p.p50)}  p95 ${ms(p.p95)}   goal ≤ 200 ms   (${(conflicts / runs.length).toFixed(1)} figure pairs found per article)`);
}

async function benchEntityPage(db: Db) {
  const [person] = await db.$queryRaw<Array<{ id: string; name: string; claimCount: number }>>`
    SELECT id, name, "claimCount" FROM entities WHERE kind = 'PERSON' ORDER BY abs("claimCount" - 5000), id LIMIT 1`;
  if (!person) return;
  const pages = Math.max(1, Math.ceil(person.claimCount / 100));
  const first: number[] = [];
  const middle: number[] = [];
  for (let i = 0; i < ENTITY_SAMPLES + 2; i++) {
    const a = await time(() => getEntity(db, { id: person.id, page: 1 }));
    const b = await time(() => getEntity(db, { id: person.id, page: Math.ceil(pages / 2) }));
    if (i >= 2) {
      first.push(a);
      middle.push(b);
    }
  }
  const p = percentiles(first);
  const m = percentiles(middle);
  console.log(`\nentity page of ${person.name} (${person.claimCount.toLocaleString("en")} claims; timeline of 100 per page)`);
  console.log(`  first page   p50 ${ms(p.p50)}  p95 ${ms(p.p95)}   goal ≤ 200 ms`);
  console.log(`  middle page  p50 ${ms(m.p50)}  p95 ${ms(m.p95)}`);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

function ms(value: number): string {
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`.padStart(8);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
