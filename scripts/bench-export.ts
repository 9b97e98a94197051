// `npm run bench:export` — report exports and dashboard queries at 1,000,000 claims, of which
// 100,000 are verified with evidence (the shared bench corpus, scripts/support/bench-corpus.ts).
//  1. Every format of the 100k verified claims, each in a child process running the same
//     streaming function the route serves: wall time, time to first byte, peak RSS growth;
//     beside it, psql \copy of the same query (same joins, same rows) to CSV.
//  2. The dashboard's queries: p50 / p95 over 20 runs each.
// Options: BENCH_ARTICLES (50000), BENCH_CLAIMS_PER_ARTICLE (20), BENCH_FORMATS (all).
import { spawnSync } from "node:child_process";
import { createPrismaClient } from "@/lib/db";
import {
  articlesWithUnreviewedClaims,
  claimsByStatus,
  conflictsAndOrphans,
  recentActivity,
  reviewsPerDay,
  reviewsPerEditor,
  verifiedByVerdict,
} from "@/lib/dashboard/dashboard-data";
import { reportRowsQuery } from "@/lib/reports/report-query";
import { REPORT_FORMAT_IDS } from "@/lib/reports/formats/ids";
import { reportScopeSchema } from "@/lib/validation/report-scope";
import { Client } from "pg";
import { createBenchDatabase } from "./support/bench-corpus";

const MB = 1024 * 1024;
const SCOPE = { status: "VERIFIED" };

async function main() {
  const bench = await createBenchDatabase({
    name: "export",
    articles: Number(process.env.BENCH_ARTICLES ?? 50_000),
    claimsPerArticle: Number(process.env.BENCH_CLAIMS_PER_ARTICLE ?? 20),
    verifiedFraction: 0.1,
  });
  try {
    const client = new Client({ connectionString: bench.url });
    await client.connect();
    const { rows: totals } = await client.query<{ claims: number; verified: number; evidence: number }>(
      `SELECT (SELECT count(*)::int FROM claims) AS claims, (SELECT count(*)::int FROM claims WHERE status = 'VERIFIED') AS verified, (SELECT count(*)::int FROM evidence) AS evidence`,
    );
    console.log(`\ndatabase: ${totals[0]!.claims.toLocaleString("en")} claims, ${totals[0]!.verified.toLocaleString("en")} verified, ${totals[0]!.evidence.toLocaleString("en")} evidence rows`);
    console.log(`machine: ${(await import("node:os")).cpus().length} cores, PostgreSQL ${(await client.query("SHOW server_version")).rows[0].server_version}, Node ${process.version}\n`);

    // psql \copy of the same query the export runs (parameters inlined), for reference.
    const { text, values } = reportRowsQuery(reportScopeSchema.parse(SCOPE));
    const inlined = values.reduce<string>((sql, value, i) => sql.replaceAll(`$${i + 1}`, `'${String(value).replace(/'/g, "''")}'`), text).replace(/--[^\n]*/g, "").replace(/\s+/g, " "); // comments out first: on one line they would swallow the rest
    const copy = timed(() => spawnSync("psql", [bench.url, "-q", "-c", `\\copy (${inlined}) TO '/dev/null' WITH CSV HEADER`], { encoding: "utf8" }));
    if (copy.result.status !== 0) throw new Error(copy.result.stderr);
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS OFF) ${text}`, values);
    await client.end();
    console.log(`export query plan (100k verified): ${plan.rows.at(-1)["QUERY PLAN"]}; top: ${plan.rows[1]?.["QUERY PLAN"]?.trim() ?? plan.rows[0]["QUERY PLAN"]}`);
    console.log(`psql \\copy of the same query: ${seconds(copy.ms)}\n`);

    console.log("format   wall      vs \\copy   first byte   first claims   size       peak RSS growth");
    const formats = (process.env.BENCH_FORMATS?.split(",") ?? REPORT_FORMAT_IDS) as string[];
    for (const format of formats) {
      const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "scripts/support/export-worker.ts", bench.url, format, JSON.stringify(SCOPE)], {
        encoding: "utf8",
        maxBuffer: 16 * MB,
      });
      if (run.status !== 0) throw new Error(`${format}: ${run.stderr}`);
      const r = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { bytes: number; firstByteMs: number; firstClaimsMs: number; wallMs: number; baselineRss: number; peakRss: number };
      console.log(
        `${format.padEnd(8)} ${seconds(r.wallMs).padEnd(9)} ${(r.wallMs / copy.ms).toFixed(2).padStart(5)}×    ${`${r.firstByteMs.toFixed(0)} ms`.padEnd(12)} ${`${r.firstClaimsMs.toFixed(0)} ms`.padEnd(14)} ${`${(r.bytes / MB).toFixed(1)} MB`.padEnd(10)} ${((r.peakRss - r.baselineRss) / MB).toFixed(1)} MB`,
      );
    }

    console.log("\ndashboard query            p50        p95");
    const db = createPrismaClient(bench.url);
    const queries: [string, () => Promise<unknown>][] = [
      ["claims by status", () => claimsByStatus(db)],
      ["verified by verdict", () => verifiedByVerdict(db)],
      ["reviews per day (8 weeks)", () => reviewsPerDay(db)],
      ["reviews per editor", () => reviewsPerEditor(db)],
      ["articles with unreviewed", () => articlesWithUnreviewedClaims(db)],
      ["recent activity", () => recentActivity(db)],
      ["conflicts and orphans", () => conflictsAndOrphans(db)],
    ];
    for (const [name, run] of queries) {
      await run();
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`${name.padEnd(26)} ${`${times[9]!.toFixed(1)} ms`.padEnd(10)} ${times[18]!.toFixed(1)} ms`);
    }
    await db.$disconnect();
  } finally {
    await bench.drop();
  }
}

function timed<T>(fn: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = fn();
  return { result, ms: performance.now() - started };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
