// npm run bench:desk — the claims and articles lists at 1,000,000 claims in 50,000 articles.
// 1. p50/p95 of each list view through the app's own code (listClaims / listArticles: the page
//    and the bounded count, as the page runs them) next to the raw SQL of the same queries run
//    straight on pg, plus EXPLAIN ANALYZE of each (written to a file).
// 2. Load: 50 signed-in editors browsing lists, claims and articles for 60 s against `next start`
//    on 127.0.0.1, printing errors and p50/p99.
// Options: BENCH_ARTICLES (50000), BENCH_RUNS (30), BENCH_LOAD_SECONDS (60), BENCH_USERS (50),
// BENCH_SKIP_LOAD=1, BENCH_KEEP=1 (keep the database), BENCH_PLANS (file for the plans),
// BENCH_REUSE_BUILD=1 (serve the last .next-bench build), BENCH_WARMUP_SECONDS (15; unrecorded load first),
// BENCH_DATABASE_URL (measure a kept bench database instead of building one), BENCH_THINK_MS (an
// editor's mean pause between pages, reading; 0 = back to back, the default; each pause is drawn
// uniformly from half to one and a half times the mean; a comma-separated list runs each in turn).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { Pool } from "pg";
import { encode } from "next-auth/jwt";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createBenchDatabase } from "./support/bench-corpus";
import { freePort } from "./support/test-database";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const USERS = Number(process.env.BENCH_USERS ?? 50);
/** One load run per pace, against the same server: "0" back to back, "0,5000" both. */
const THINK_MS = (process.env.BENCH_THINK_MS ?? "0").split(",").map(Number);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 15);
const PLANS = process.env.BENCH_PLANS ?? "/tmp/claimdesk-bench-desk-plans.txt";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function main() {
  // BENCH_DATABASE_URL: a database with the bench corpus kept by an earlier run (e.g. bench:crossref --keep).
  const kept = process.env.BENCH_DATABASE_URL;
  const bench = kept ? await keptDatabase(kept) : await createBenchDatabase({ name: process.env.BENCH_NAME ?? "desk", articles: ARTICLES });
  process.env.DATABASE_URL = bench.url;
  // Imported after DATABASE_URL is set: the app's modules read it.
  const { createPrismaClient } = await import("@/lib/db");
  const { requestTimeouts } = await import("@/lib/db-timeouts");
  const { listClaims, claimListQueries } = await import("@/lib/claims/list-claims");
  const { entityFilterNames, namesThroughPrisma } = await import("@/lib/claims/entity-filter-names");
  const { listArticles, articleListQueries } = await import("@/lib/articles/list-articles");
  const { claimFilterSchema } = await import("@/lib/validation/claim-filter");
  const { articleFilterSchema } = await import("@/lib/validation/article-filter");
  const { CLAIMS_PAGE_SIZE } = await import("@/lib/claims/list-claims");

  const db = createPrismaClient(bench.url, { timeouts: requestTimeouts() });
  const raw = new Pool({ connectionString: bench.url, max: 4 });
  const plans: string[] = [];
  try {
    await raw.query("ANALYZE");
    // A deep position: walk 499 pages through the app, as an editor pressing "Next" would.
    let deepCursor: string | undefined;
    const walkStart = performance.now();
    for (let i = 0; i < 499; i++) deepCursor = (await listClaims(db, claimFilterSchema.parse({ cursor: deepCursor }))).nextCursor ?? undefined;
    console.log(`walked to page 500 by cursor in ${((performance.now() - walkStart) / 1000).toFixed(1)} s`);

    const claimCases: [string, Record<string, string | undefined>][] = [
      ["claims: first page", {}],
      ["claims: status + type", { status: "VERIFIED", type: "RANKING" }],
      ["claims: common word (million)", { q: "million" }],
      ["claims: rare name (Zeynep Urquhart)", { q: "Zeynep Urquhart" }],
      ["claims: phrase + filter", { q: '"online sales"', status: "UNREVIEWED" }],
      ["claims: page 500 via cursor", { cursor: deepCursor }],
      ["claims: most check-worthy", { sort: "checkworthiness" }],
      ["claims: entity filter", { entity: "Norvia Telecom" }],
      ["claims: rare entity (Zeynep Urquhart)", { entity: "Zeynep Urquhart" }],
    ];
    const rows: string[][] = [];
    // One statement straight on pg; with `noSeqScan`, inside its own transaction with sequential scans
    // off, exactly as the app runs an articles search (lib/lists/query-without-seq-scan.ts). The
    // transaction always ends, so a failed statement never leaves the client inside one.
    const rawQuery = async (text: string, values: unknown[], noSeqScan = false) => {
      if (!noSeqScan) return raw.query(text, values);
      const client = await raw.connect();
      try {
        await client.query("BEGIN");
        await client.query("SET LOCAL enable_seqscan = off");
        return await client.query(text, values);
      } finally {
        await client.query("ROLLBACK").catch(() => undefined);
        client.release();
      }
    };
    const rawRun = async (sqls: Prisma.Sql[], noSeqScan = false) => Promise.all(sqls.map((s) => rawQuery(s.text, s.values as unknown[], noSeqScan)));
    const explain = async (label: string, s: Prisma.Sql, noSeqScan = false) => {
      const result = await rawQuery(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values as unknown[], noSeqScan);
      plans.push(`### ${label}\n${result.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")}\n`);
    };
    for (const [label, params] of claimCases) {
      const filter = claimFilterSchema.parse(params);
      // The raw SQL is the list's statements with the entity's names already read (the app reads them first).
      const q = claimListQueries(filter, CLAIMS_PAGE_SIZE, { entityNames: await entityFilterNames(namesThroughPrisma(db), filter.entity) });
      const sqls = [q.page(q.after), q.count];
      const app = await time(RUNS, () => listClaims(db, filter));
      const sql = await time(RUNS, () => rawRun(sqls));
      const shown = await listClaims(db, filter);
      rows.push([label, fmt(app.p50), fmt(app.p95), fmt(sql.p50), fmt(sql.p95), (app.p95 / sql.p95).toFixed(2), `${shown.total.count}${shown.total.more ? "+" : ""}`]);
      await explain(`${label} — page`, sqls[0]!);
      await explain(`${label} — count`, sqls[1]!);
    }
    const articleCases: [string, Record<string, string | undefined>][] = [
      ["articles: first page", {}],
      ["articles: search (smartphone sales)", { q: "smartphone sales" }],
      ["articles: by headline", { sort: "title" }],
    ];
    let articleDeep: string | undefined;
    for (let i = 0; i < 199; i++) articleDeep = (await listArticles(db, articleFilterSchema.parse({ cursor: articleDeep }))).nextCursor ?? undefined;
    articleCases.push(["articles: page 200 via cursor", { cursor: articleDeep }]);
    for (const [label, params] of articleCases) {
      const filter = articleFilterSchema.parse(params);
      const q = articleListQueries(filter);
      const sqls = [q.page(q.after), q.count];
      const app = await time(RUNS, () => listArticles(db, filter));
      const sql = await time(RUNS, () => rawRun(sqls, q.noSeqScan));
      const shown = await listArticles(db, filter);
      rows.push([label, fmt(app.p50), fmt(app.p95), fmt(sql.p50), fmt(sql.p95), (app.p95 / sql.p95).toFixed(2), `${shown.total.count}${shown.total.more ? "+" : ""}`]);
      await explain(`${label} — page`, sqls[0]!, q.noSeqScan);
      await explain(`${label} — count`, sqls[1]!, q.noSeqScan);
    }
    await writeFile(PLANS, plans.join("\n"));
    console.log(`\n${bench.claims.toLocaleString("en")} claims in ${bench.articles.toLocaleString("en")} articles; ${RUNS} runs each (ms). Plans: ${PLANS}\n`);
    printTable(["view", "app p50", "app p95", "raw SQL p50", "raw SQL p95", "app/raw p95", "count shown"], rows);

    if (process.env.BENCH_SKIP_LOAD !== "1") await loadRun(bench.url, db);
  } finally {
    await raw.end();
    await db.$disconnect();
    if (process.env.BENCH_KEEP === "1" || kept) console.log(`kept ${bench.url}`);
    else await bench.drop();
  }
}

async function keptDatabase(url: string) {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ claims: number; articles: number }>(
      `SELECT (SELECT count(*)::int FROM claims) AS claims, (SELECT count(*)::int FROM articles) AS articles`,
    );
    return { url, claims: rows[0]!.claims, articles: rows[0]!.articles, drop: async () => undefined };
  } finally {
    await pool.end();
  }
}

function fmt(ms: number): string {
  return ms.toFixed(1);
}

function printTable(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const r of rows) console.log(line(r));
}

type Db = ReturnType<typeof import("@/lib/db").createPrismaClient>;

async function loadRun(url: string, db: Db) {
  const secret = `bench-secret-${process.pid}-${Date.now()}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: base, NEXT_DIST_DIR: ".next-bench", PORT: String(port), NODE_ENV: "production" as const };
  if (process.env.BENCH_REUSE_BUILD === "1" && existsSync(".next-bench/BUILD_ID")) console.log("\nreusing the build in .next-bench (BENCH_REUSE_BUILD=1)");
  else {
    console.log("\nbuilding the app (next build into .next-bench)…");
    const build = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/signin`).then((r) => r.ok, () => false);
      if (ok) break;
      if (i > 120) throw new Error("next start did not answer");
      await new Promise((r) => setTimeout(r, 500));
    }
    // Signed-in editors: session cookies minted with the server's secret, exactly as sign-in
    // issues them (sign-in itself is rate-limited per address, and is not what is measured).
    const editors = await db.user.findMany({ where: { role: "EDITOR" }, take: USERS, orderBy: { email: "asc" }, select: { id: true, role: true, sessionVersion: true, name: true, email: true } });
    const cookies = await Promise.all(
      editors.map(async (u) => {
        const token = await encode({ secret, token: { sub: u.id, uid: u.id, role: u.role, sv: u.sessionVersion, authAt: Math.floor(Date.now() / 1000), name: u.name, email: u.email } });
        return `next-auth.session-token=${token}`;
      }),
    );
    const claimIds = (await db.claim.findMany({ take: 2_000, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
    const articleIds = (await db.article.findMany({ take: 500, orderBy: { id: "asc" }, select: { id: true } })).map((a) => a.id);
    const lists = [
      "/claims",
      "/claims?status=UNREVIEWED&type=PERCENTAGE",
      "/claims?q=million",
      "/claims?q=Zeynep+Urquhart",
      "/claims?q=sold+handsets",
      "/claims?sort=checkworthiness",
      "/claims?sort=changed&status=VERIFIED",
      "/claims?entity=Norvia+Telecom",
      "/articles",
      "/articles?q=smartphone+sales",
      "/articles?sort=title",
    ];
    const pick = <T,>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
    // A warm-up first (back to back, not recorded): a fresh server compiles its code and PostgreSQL
    // reads its indexes into memory during the first seconds, which no editor's day is made of.
    const runs = WARMUP_SECONDS > 0 ? [{ think: 0, seconds: WARMUP_SECONDS, warmup: true }, ...THINK_MS.map((think) => ({ think, seconds: LOAD_SECONDS, warmup: false }))] : THINK_MS.map((think) => ({ think, seconds: LOAD_SECONDS, warmup: false }));
    for (const { think, seconds: runSeconds, warmup } of runs) {
      const latencies: number[] = [];
      const errors = new Map<string, number>();
      const nextLinks: string[] = [];
      const deadline = performance.now() + runSeconds * 1000;
      const byKind = new Map<string, number[]>();
      const user = async (cookie: string) => {
        // Editors who pause do not all start at the same instant: each starts somewhere in its first pause.
        if (think > 0) await new Promise((r) => setTimeout(r, think * Math.random()));
        while (performance.now() < deadline) {
          const roll = Math.random();
          const path =
            roll < 0.5 ? pick(lists) : roll < 0.65 && nextLinks.length ? pick(nextLinks) : roll < 0.9 ? `/claims/${pick(claimIds)}` : `/articles/${pick(articleIds)}`;
          const t = performance.now();
          try {
            const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
            const html = await response.text();
            latencies.push(performance.now() - t);
            const kind = path.startsWith("/claims/") ? "claim page" : path.startsWith("/articles/") ? "article page" : path.includes("cursor=") ? "next page" : path;
            byKind.set(kind, [...(byKind.get(kind) ?? []), performance.now() - t]);
            if (response.status !== 200) errors.set(`${response.status} ${path.split("?")[0]}`, (errors.get(`${response.status} ${path.split("?")[0]}`) ?? 0) + 1);
            const next = /href="(\/(?:claims|articles)\?[^"]*cursor=[^"]+)"/.exec(html)?.[1];
            if (next && nextLinks.length < 500) nextLinks.push(next.replace(/&amp;/g, "&"));
          } catch (error) {
            latencies.push(performance.now() - t);
            const key = `network ${(error as Error).message}`;
            errors.set(key, (errors.get(key) ?? 0) + 1);
          }
          if (think > 0) await new Promise((r) => setTimeout(r, think * (0.5 + Math.random())));
        }
      };
      const pace = think > 0 ? `each pausing ${think} ms on average between pages` : "each requesting the next page as soon as the last arrived";
      console.log(`${warmup ? "warm-up" : "load"}: ${cookies.length} signed-in editors, ${pace}, for ${runSeconds} s against next start on ${base}…`);
      const started = performance.now();
      await Promise.all(cookies.map((c) => user(c)));
      const seconds = (performance.now() - started) / 1000;
      if (warmup) continue;
      const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
      console.log(
        `load: ${latencies.length} requests in ${seconds.toFixed(0)} s (${(latencies.length / seconds).toFixed(1)}/s), errors ${errorCount}, p50 ${fmt(percentile(latencies, 50))} ms, p95 ${fmt(percentile(latencies, 95))} ms, p99 ${fmt(percentile(latencies, 99))} ms`,
      );
      for (const [key, n] of errors) console.log(`  error: ${key} × ${n}`);
      for (const [kind, ms] of [...byKind].sort((a, b) => percentile(b[1], 95) - percentile(a[1], 95))) {
        console.log(`  ${kind.padEnd(42)} ${String(ms.length).padStart(5)} requests, p50 ${fmt(percentile(ms, 50))} ms, p95 ${fmt(percentile(ms, 95))} ms, max ${fmt(Math.max(...ms))} ms`);
      }
    }
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
