// Reports against PostgreSQL: scopes select what they say, every format is a valid file for an
// empty scope, a client that goes away stops the database read, and a scope of 70,000 claims with
// evidence exports whole (one bind parameter per claim once overflowed PostgreSQL's 65,535 limit).
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { randomBytes, randomUUID } from "node:crypto";
import { inject } from "vitest";
import { importArticle } from "@/lib/articles/import-article";
import { verifyClaim } from "@/lib/claims/verify-claim";
import { importArticleSchema } from "@/lib/validation/article";
import { claimReviewSchema } from "@/lib/validation/claim-review";
import { addEvidenceSchema } from "@/lib/validation/evidence";
import { addEvidence } from "@/lib/evidence/add-evidence";
import { claimFilterSchema } from "@/lib/validation/claim-filter";
import { reportScopeSchema } from "@/lib/validation/report-scope";
import { createReportPool } from "@/lib/reports/report-pool";
import { exportReport } from "@/lib/reports/export-report";
import { reportCounts } from "@/lib/reports/report-counts";
import { reportConfig } from "@/lib/reports/report-config";
import { REPORT_FORMAT_IDS } from "@/lib/reports/formats/ids";
import { reportDocumentSchema } from "@/lib/reports/report-claim";
import { verifiedClaimsCsv } from "@/lib/reports/claims-csv";
import { createLink } from "@/lib/crossref/create-link";
import { getEntity } from "@/lib/crossref/get-entity";
import { makeUser, testDb, uniqueArticleBody } from "./support";

const db = testDb();
const pool = createReportPool(inject("databaseUrl"), 2);
const config = reportConfig({ REPORT_BASE_URL: "https://desk.example" });
afterAll(() => pool.end());

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

async function articleWithTwoVerified(outlet: string, publishedAt: string) {
  const editor = await makeUser();
  const body = uniqueArticleBody(" The company expects revenue of $2.1 billion in 2024. Fewer than ten percent of its scooters are sold outside Europe, the report said.");
  const { id } = await importArticle(db, importArticleSchema.parse({ title: `Scooters ${randomUUID()}`, outlet, publishedAt, body }), editor.id);
  const claims = await db.claim.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
  expect(claims.length).toBeGreaterThanOrEqual(3);
  await addEvidence(db, addEvidenceSchema.parse({ claimId: claims[0]!.id, url: "https://example.test/a", stance: "SUPPORTS", strength: "PRIMARY" }), editor.id);
  await verifyClaim(db, claimReviewSchema.parse({ claimId: claims[0]!.id, version: 1, status: "VERIFIED", verdict: "TRUE", note: "Checked" }), editor.id);
  await verifyClaim(db, claimReviewSchema.parse({ claimId: claims[1]!.id, version: 1, status: "VERIFIED", verdict: "FALSE", confirmNoEvidence: true }), editor.id);
  return { articleId: id, editor, claims };
}

describe("report scope in SQL", () => {
  it("selects by article, outlet, status, verdict, publication and review dates, reviewer, evidence", async () => {
    const outlet = `Wire ${randomUUID()}`;
    const { articleId, editor, claims } = await articleWithTwoVerified(outlet, "2024-03-18");
    const count = async (scope: Record<string, unknown>) => (await reportCounts(pool, reportScopeSchema.parse({ outlet, ...scope }))).claims;
    expect(await count({ status: "VERIFIED" })).toBe(2);
    expect(await count({ articleId, status: "VERIFIED", verdict: "FALSE" })).toBe(1);
    expect(await count({ status: "UNREVIEWED" })).toBe(claims.length - 2);
    expect(await count({ from: "2024-03-18", to: "2024-03-18" })).toBe(claims.length);
    expect(await count({ from: "2024-03-19" })).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(await count({ dateField: "reviewed", from: today, to: today })).toBe(2);
    expect(await count({ reviewerId: editor.id })).toBe(2);
    expect(await count({ evidence: "1" })).toBe(1);
    const counts = await reportCounts(pool, reportScopeSchema.parse({ outlet }));
    expect(counts).toMatchObject({ claims: claims.length, articles: 1, byVerdict: { TRUE: 1, FALSE: 1 }, byStatus: { VERIFIED: 2 } });
  });

  it("scopes an entity by any of its names to exactly the claims of its entity page", async () => {
    const editor = await makeUser();
    // Invented names no other test uses, so the entities are this test's own.
    const letters = () => Array.from(randomBytes(6), (byte) => "bcdfghjklmnprstvz"[byte % 17]).join("");
    const company = `Zo${letters()}`;
    const surname = `Va${letters()}`;
    const outlet = `Entity wire ${randomUUID()}`;
    const a = await importArticle(
      db,
      importArticleSchema.parse({
        title: `Headsets ${randomUUID()}`,
        outlet,
        publishedAt: "2023-01-05",
        body: uniqueArticleBody(` ${company} Labs sold 2 million headsets in 2022, chief executive Marta ${surname} said on Monday. Ms. ${surname} said fewer than 4% of ${company} Labs headsets are sold online. The market for headsets grew 12% in 2022.`),
      }),
      editor.id,
    );
    const b = await importArticle(
      db,
      importArticleSchema.parse({ title: `Stores ${randomUUID()}`, outlet, publishedAt: "2023-06-05", body: uniqueArticleBody(` ${company} Labs will open 40 stores in 2024, Marta ${surname} said.`) }),
      editor.id,
    );
    const person = await db.entity.findUniqueOrThrow({ where: { normName: `marta ${surname.toLowerCase()}` } });
    const page = await getEntity(db, { id: person.id, page: 1 });
    const pageClaims = page!.timeline.map((t) => t.claimId).sort();
    expect(new Set(page!.timeline.map((t) => t.articleId))).toEqual(new Set([a.id, b.id]));
    const allClaims = await db.claim.count({ where: { articleId: { in: [a.id, b.id] } } });
    expect(pageClaims.length).toBeLessThan(allClaims); // the market sentence is not about her

    const claimIds = async (entity: string) => {
      const report = await exportReport({ pool, format: "ndjson", scope: reportScopeSchema.parse({ outlet, entity }), config });
      return (await text(report.stream)).trim().split("\n").filter(Boolean).map((line) => JSON.parse(line).id as string).sort();
    };
    // The full name, the surname alone, with an honorific, in other case: one entity, its page's claims.
    for (const name of [`Marta ${surname}`, surname, `Ms. ${surname}`, `marta ${surname.toUpperCase()}`]) expect(await claimIds(name)).toEqual(pageClaims);
    // A fragment of a name is no name: no substring matches.
    expect(await claimIds(surname.slice(0, 4))).toEqual([]);
    const companyEntity = await db.entity.findUniqueOrThrow({ where: { normName: `${company.toLowerCase()} labs` } });
    expect(await claimIds(`${company} Labs Inc.`)).toEqual((await getEntity(db, { id: companyEntity.id, page: 1 }))!.timeline.map((t) => t.claimId).sort());
    expect((await reportCounts(pool, reportScopeSchema.parse({ outlet, entity: surname }))).claims).toBe(pageClaims.length);

    // The cover names the entity the name resolved to.
    const html = await text((await exportReport({ pool, format: "html", scope: reportScopeSchema.parse({ outlet, entity: surname }), config })).stream);
    expect(html).toContain(`About: Marta ${surname} (as “${surname}”)`);
    const none = await text((await exportReport({ pool, format: "html", scope: reportScopeSchema.parse({ outlet, entity: "Nobody Atall" }), config })).stream);
    expect(none).toContain("About: Nobody Atall (no entity goes by this name)");
  });

  it("gives every format a valid, empty file when nothing matches", async () => {
    const scope = reportScopeSchema.parse({ q: `no-such-${randomUUID()}` });
    for (const format of REPORT_FORMAT_IDS) {
      const report = await exportReport({ pool, format, scope, config });
      const body = Buffer.from(await new Response(report.stream).arrayBuffer());
      if (format === "json") expect(reportDocumentSchema.parse(JSON.parse(body.toString())).claims).toEqual([]);
      if (format === "jsonld") expect(JSON.parse(body.toString())["@graph"]).toEqual([]);
      if (format === "ndjson") expect(body.toString()).toBe("");
      if (format === "csv") expect(parse(body.toString().slice(1), { columns: true })).toEqual([]);
      if (format === "html") expect(body.toString()).toContain("No claims match this scope.");
      if (format === "pdf") expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    }
  });
});

describe("ClaimReview appearances", () => {
  it("gives a claim every article of its same-claim group, followed transitively, the earliest as firstAppearance", async () => {
    const editor = await makeUser();
    const outlet = `Wire ${randomUUID()}`;
    const company = `Quarvel ${randomUUID().slice(0, 8)}`;
    const story = async (publishedAt: string, url: string, said: string) => {
      const input = importArticleSchema.parse({ title: `Ferries ${publishedAt}`, outlet, publishedAt, url, body: uniqueArticleBody(` ${company} Ferries carried 12 million passengers in 2020, ${said}.`) });
      const { id } = await importArticle(db, input, editor.id);
      return db.claim.findFirstOrThrow({ where: { articleId: id, text: { contains: "12 million" } } });
    };
    // Imported out of date order on purpose: the earliest published is the first appearance, not the first imported.
    const latest = await story("2021-06-01", "https://news.example/late", "the ministry said");
    const earliest = await story("2021-01-15", "https://news.example/early", "the operator said");
    const middle = await story("2021-03-10", "https://news.example/middle", "a union said");
    // A–B and B–C only: C reaches A through B.
    await createLink(db, { claimId: middle.id, targetClaimId: earliest.id, relation: "SAME_CLAIM", actorId: editor.id });
    await createLink(db, { claimId: latest.id, targetClaimId: middle.id, relation: "SAME_CLAIM", actorId: editor.id });
    await verifyClaim(db, claimReviewSchema.parse({ claimId: latest.id, version: latest.version, status: "VERIFIED", verdict: "TRUE", confirmNoEvidence: true }), editor.id);

    const report = await exportReport({ pool, format: "jsonld", scope: reportScopeSchema.parse({ outlet }), config });
    const graph = JSON.parse(await text(report.stream))["@graph"] as Array<{ itemReviewed: { appearance: Array<{ url: string }>; firstAppearance: { url: string } } }>;
    expect(graph).toHaveLength(1);
    expect(graph[0]!.itemReviewed.firstAppearance.url).toBe("https://news.example/early");
    expect(graph[0]!.itemReviewed.appearance.map((a) => a.url)).toEqual(["https://news.example/early", "https://news.example/middle", "https://news.example/late"]);
  });
});

describe("streaming from a cursor", () => {
  it("stops reading and closes the cursor when the client goes away mid-export", async () => {
    const outlet = `Abort ${randomUUID()}`;
    await articleWithTwoVerified(outlet, "2024-01-05");
    await articleWithTwoVerified(outlet, "2024-01-06");
    const single = createReportPool(inject("databaseUrl"), 1);
    try {
      const batches: number[] = [];
      const scope = reportScopeSchema.parse({ outlet });
      const total = (await reportCounts(single, scope)).claims;
      expect(total).toBeGreaterThan(4);
      const report = await exportReport({ pool: single, format: "csv", scope, config, batchSize: 1, onBatch: (n) => batches.push(n) });
      const reader = report.stream.getReader();
      await reader.read(); // the header
      await reader.read(); // the first claim
      await reader.cancel();
      const readSoFar = batches.length;
      expect(readSoFar).toBeLessThan(total);
      // The one connection is back in the pool, free: the cursor (portal) was closed, not left reading.
      expect(single.totalCount - single.idleCount).toBe(0);
      // …and its backend sits idle, out of any transaction: no portal is left open on it.
      const { rows } = await pool.query<{ state: string }>(
        `SELECT state FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE $1`,
        // pg_stat_activity keeps only the first 1,024 bytes of a query: match the report query's first line.
        ['%SELECT c."id", c."start", c."text"%'],
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.state).toBe("idle");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(batches.length).toBe(readSoFar);
    } finally {
      await single.end();
    }
  });

  it("stops when the request's abort signal fires", async () => {
    const outlet = `Signal ${randomUUID()}`;
    await articleWithTwoVerified(outlet, "2024-01-05");
    const batches: number[] = [];
    const abort = new AbortController();
    const report = await exportReport({ pool, format: "ndjson", scope: reportScopeSchema.parse({ outlet }), config, batchSize: 1, signal: abort.signal, onBatch: (n) => batches.push(n) });
    const reader = report.stream.getReader();
    await reader.read();
    abort.abort();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(batches.length).toBeLessThanOrEqual(2);
  });

  it(
    "exports 70,000 verified claims with evidence whole, in both CSVs (beyond PostgreSQL's 65,535 parameters)",
    async () => {
      const editor = await makeUser();
      const { articleId } = await articleWithTwoVerified(`Bulk ${randomUUID()}`, "2024-02-02");
      const marker = randomUUID().slice(0, 8);
      await db.$executeRawUnsafe(
        `INSERT INTO "claims" ("id", "articleId", "text", "quote", "start", "end", "type", "checkworthiness", "status", "verdict", "reviewerId", "reviewedAt", "updatedAt")
         SELECT 'bulk${marker}' || g, $1, 'Bulk claim ' || g, 'bulk quote ' || g, 100000 + g, 100001 + g, 'QUANTITY', 0.5, 'VERIFIED', 'TRUE', $2, now(), now()
         FROM generate_series(1, 70000) g`,
        articleId,
        editor.id,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "evidence" ("id", "claimId", "url", "addedById") SELECT 'ev' || "id", "id", 'https://example.test/' || "id", $2 FROM "claims" WHERE "articleId" = $1 AND "id" LIKE 'bulk%'`,
        articleId,
        editor.id,
      );
      const legacy = await verifiedClaimsCsv(db, claimFilterSchema.parse({ articleId }), pool);
      expect(parse(legacy.slice(1), { columns: true })).toHaveLength(70_002);
      const report = await exportReport({ pool, format: "csv", scope: reportScopeSchema.parse({ articleId, status: "VERIFIED", evidence: "1" }), config });
      const rows = parse((await text(report.stream)).slice(1), { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(70_001);
      expect(rows.at(-1)!.Evidence).toMatch(/^Context: https:\/\/example\.test\/bulk/);
    },
    180_000,
  );
});
