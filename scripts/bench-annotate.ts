// Plans and timings of the annotate & correct list queries at 1M rows: `npm run bench:annotate`.
// Builds its own throwaway database (1M audit rows, 1M claims in 10k articles, 0.1% orphaned),
// prints EXPLAIN ANALYZE of each query the pages run and the library functions' median times.
import { Client } from "pg";
import { createPrismaClient } from "@/lib/db";
import { listActivity } from "@/lib/history/list-activity";
import { articleHistory, claimHistory } from "@/lib/history/claim-history";
import { listOrphans } from "@/lib/corrections/list-orphans";
import { activityFilterSchema } from "@/lib/validation/activity-filter";
import { createTestDatabase } from "./support/test-database";

// ANNOTATE_BENCH_ROWS shrinks the data for a quick check that the script runs; figures are from 1M.
const ROWS = Number(process.env.ANNOTATE_BENCH_ROWS ?? 1_000_000);

const FILL = [
  `INSERT INTO users (id, email, name, "passwordHash", role) SELECT 'u' || g, 'u' || g || '@bench.test', 'User ' || g, 'x', 'EDITOR' FROM generate_series(1, 20) g`,
  `INSERT INTO articles (id, title, body, "contentHash", "importedById", "updatedAt")
     SELECT 'a' || g, 'Article ' || g, repeat('Body text. ', 50), md5(g::text), 'u' || (1 + g % 20), now() FROM generate_series(1, 10000) g`,
  `INSERT INTO claims (id, "articleId", text, quote, start, "end", type, checkworthiness, "updatedAt", "orphanedAt")
     SELECT 'c' || g, 'a' || (1 + g % 10000), 'claim ' || g, 'quote', (g % 50) * 10, (g % 50) * 10 + 8, 'QUANTITY', 0.5, now(),
            CASE WHEN g % 1000 = 0 THEN now() - make_interval(secs => g) END
     FROM generate_series(1, ${ROWS}) g`,
  `INSERT INTO audit_log (at, "actorId", action, "entityType", "entityId", "claimId", "articleId", before, after)
     SELECT now() - make_interval(secs => g * 30), 'u' || (1 + g % 20),
            (ARRAY['claim.review','claim.edit','evidence.add','note.create','evidence.edit','article.import','claim.add'])[1 + g % 7],
            'claim', 'c' || (1 + g % ${ROWS}), 'c' || (1 + (g * 7) % ${ROWS}), 'a' || (1 + g % 10000),
            '{"status":"UNREVIEWED"}', '{"status":"VERIFIED"}'
     FROM generate_series(1, ${ROWS}) g`,
  `ANALYZE`,
];

const COLUMNS = `a.id, a.at, a.action, a."entityType", a."entityId", a."claimId", a."articleId", a.before, a.after, u.name`;
const QUERIES: Record<string, string> = {
  "activity, first page": `SELECT ${COLUMNS} FROM audit_log a LEFT JOIN users u ON u.id = a."actorId" ORDER BY a.at DESC, a.id DESC LIMIT 51`,
  "activity, one person": `SELECT ${COLUMNS} FROM audit_log a LEFT JOIN users u ON u.id = a."actorId" WHERE a."actorId" = 'u7' ORDER BY a.at DESC, a.id DESC LIMIT 51`,
  "activity, kind evidence": `SELECT ${COLUMNS} FROM audit_log a LEFT JOIN users u ON u.id = a."actorId" WHERE a.action LIKE 'evidence.%' ORDER BY a.at DESC, a.id DESC LIMIT 51`,
  "activity, page 4,000 (keyset)": `SELECT ${COLUMNS} FROM audit_log a LEFT JOIN users u ON u.id = a."actorId"
     WHERE a.at <= (SELECT at FROM audit_log ORDER BY at DESC OFFSET ${Math.floor(ROWS / 5)} LIMIT 1) AND (a.at < (SELECT at FROM audit_log ORDER BY at DESC OFFSET ${Math.floor(ROWS / 5)} LIMIT 1) OR a.id < ${ROWS - Math.floor(ROWS / 5)})
     ORDER BY a.at DESC, a.id DESC LIMIT 51`,
  "claim history": `SELECT ${COLUMNS} FROM (
       SELECT * FROM audit_log WHERE "claimId" = 'c4242'
       UNION SELECT * FROM audit_log WHERE "entityType" = 'claim' AND "entityId" = 'c4242'
       UNION SELECT * FROM audit_log WHERE "entityType" = 'note' AND "entityId" = ANY('{}'::text[])
       UNION SELECT * FROM audit_log WHERE "entityType" = 'claim_link' AND 'c4242' IN (after->>'fromClaimId', after->>'toClaimId', before->>'fromClaimId', before->>'toClaimId')
     ) a LEFT JOIN users u ON u.id = a."actorId" ORDER BY a.at DESC, a.id DESC LIMIT 200`,
  "article history": `SELECT ${COLUMNS} FROM (
       SELECT * FROM audit_log WHERE "articleId" = 'a42'
       UNION SELECT * FROM audit_log WHERE "entityType" = 'article' AND "entityId" = 'a42'
     ) a LEFT JOIN users u ON u.id = a."actorId" ORDER BY a.at DESC, a.id DESC LIMIT 100`,
  "orphaned claims": `SELECT id, text, quote FROM claims WHERE "orphanedAt" IS NOT NULL AND "archivedAt" IS NULL ORDER BY "orphanedAt" DESC LIMIT 200`,
};

async function median(run: () => Promise<unknown>, times = 7): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

async function main() {
  const database = await createTestDatabase("annotate_bench");
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const t0 = performance.now();
    for (const sql of FILL) await client.query(sql);
    console.log(`filled ${ROWS.toLocaleString("en-GB")} audit rows and claims in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);

    for (const [name, sql] of Object.entries(QUERIES)) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
      const plan = rows.map((r) => r["QUERY PLAN"]);
      console.log(`== ${name}: ${plan.at(-1)}`);
      console.log(plan.filter((l) => /Scan|Sort|Limit|Append|Unique/.test(l)).slice(0, 8).join("\n"));
      console.log();
    }

    const db = createPrismaClient(database.url);
    const claim = { id: "c4242", articleId: "a2", start: 420, end: 428 };
    const second = await listActivity(db, activityFilterSchema.parse({}));
    const figures = {
      "listActivity (first page)": await median(() => listActivity(db, activityFilterSchema.parse({}))),
      "listActivity (page 2 by cursor)": await median(() => listActivity(db, activityFilterSchema.parse({ before: second.next! }))),
      "listActivity (person + kind)": await median(() => listActivity(db, activityFilterSchema.parse({ person: "u7", kind: "evidence" }))),
      "claimHistory": await median(() => claimHistory(db, claim)),
      "articleHistory": await median(() => articleHistory(db, "a42")),
      "listOrphans (desk-wide)": await median(() => listOrphans(db)),
    };
    console.log("median of 7 runs through the library (ms):");
    for (const [name, ms] of Object.entries(figures)) console.log(`  ${name.padEnd(34)} ${ms.toFixed(1)}`);
    await db.$disconnect();
  } finally {
    await client.end();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
