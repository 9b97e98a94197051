import { addEvidence } from "@/lib/evidence/add-evidence";
import { addEvidenceSchema } from "@/lib/validation/evidence";
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { listClaims } from "@/lib/claims/list-claims";
import { verifiedClaimsCsv, CSV_COLUMNS } from "@/lib/reports/claims-csv";
import { importArticle } from "@/lib/articles/import-article";
import { verifyClaim } from "@/lib/claims/verify-claim";
import { importArticleSchema } from "@/lib/validation/article";
import { claimFilterSchema } from "@/lib/validation/claim-filter";
import { claimReviewSchema } from "@/lib/validation/claim-review";
import { makeUser, testDb } from "./support";

async function articleWithClaims() {
  const db = testDb();
  const editor = await makeUser();
  const marker = `Zyx${randomUUID().slice(0, 8)}`;
  const body = [
    `${marker} Ltd said revenue rose 12 percent to $4.5 billion in 2022.`,
    `The company employs 3,400 people in "Lisbon, Porto" and Faro.`,
    `${marker} expects to open 20 stores in 2025, its chief executive said.`,
  ].join(" ");
  const { id } = await importArticle(db, importArticleSchema.parse({ title: `${marker} results`, outlet: "Test Wire", body }), editor.id);
  const claims = await db.claim.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
  return { db, editor, marker, articleId: id, claims };
}

describe("listClaims", () => {
  it("filters by article, status and type, and searches claim text and quote", async () => {
    const { db, editor, marker, articleId, claims } = await articleWithClaims();
    expect(claims.length).toBeGreaterThanOrEqual(2);

    const all = await listClaims(db, claimFilterSchema.parse({ articleId }));
    expect(all.total).toEqual({ count: claims.length, more: false });

    const bySearch = await listClaims(db, claimFilterSchema.parse({ q: marker.toLowerCase() }));
    expect(bySearch.items.length).toBeGreaterThan(0);
    expect(bySearch.items.every((c) => c.article.id === articleId)).toBe(true);

    await verifyClaim(db, claimReviewSchema.parse({ claimId: claims[0]!.id, version: 1, status: "VERIFIED", verdict: "TRUE", confirmNoEvidence: true }), editor.id);
    const verified = await listClaims(db, claimFilterSchema.parse({ articleId, status: "VERIFIED" }));
    expect(verified.items.map((c) => c.id)).toEqual([claims[0]!.id]);

    const type = claims[0]!.type;
    const byType = await listClaims(db, claimFilterSchema.parse({ articleId, type }));
    expect(byType.items.every((c) => c.type === type)).toBe(true);
    expect(byType.total.count).toBe(claims.filter((c) => c.type === type).length);
  });

  it("pages through an article's claims 25 at a time, each claim on exactly one page", async () => {
    const db = testDb();
    const editor = await makeUser();
    const body = "x".repeat(400);
    // 31 claims, several sharing a start offset (overlapping spans), so the order needs its tie-breakers.
    const claims = Array.from({ length: 31 }, (_, i) => ({
      text: `claim ${i}`,
      quote: body.slice(Math.floor(i / 3) * 10, Math.floor(i / 3) * 10 + 5 + i),
      start: Math.floor(i / 3) * 10,
      end: Math.floor(i / 3) * 10 + 5 + i,
      type: "QUANTITY" as const,
      checkworthiness: 0.5,
    }));
    const article = await db.article.create({
      data: { title: "Paging", body, contentHash: randomUUID(), importedById: editor.id, claims: { createMany: { data: claims } } },
    });
    const page1 = await listClaims(db, claimFilterSchema.parse({ articleId: article.id }));
    expect(page1.nextCursor).not.toBeNull();
    const page2 = await listClaims(db, claimFilterSchema.parse({ articleId: article.id, cursor: page1.nextCursor }));
    expect([page1.total.count, page1.items.length, page2.items.length, page2.nextCursor]).toEqual([31, 25, 6, null]);
    const seen = [...page1.items, ...page2.items].map((c) => c.text);
    expect(new Set(seen).size).toBe(31);
    // The article's claims read in text order, as they did with numbered pages.
    const starts = [...page1.items, ...page2.items].map((c) => claims.find((x) => x.text === c.text)!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    // A cursor someone edited by hand shows the first page rather than an error.
    const tampered = await listClaims(db, claimFilterSchema.parse({ articleId: article.id, cursor: `${page1.nextCursor}x!` }));
    expect(tampered.items.map((c) => c.text)).toEqual(page1.items.map((c) => c.text));
  });
});

describe("verifiedClaimsCsv", () => {
  it("lists only verified claims of the filter, with the verdict, note and evidence, quoted safely", async () => {
    const { db, editor, articleId, claims } = await articleWithClaims();
    const target = claims.find((c) => c.quote.includes('"')) ?? claims[1]!;
    await addEvidence(db, addEvidenceSchema.parse({ claimId: target.id, url: "https://example.test/filing", stance: "REFUTES", strength: "PRIMARY" }), editor.id);
    await verifyClaim(
      db,
      claimReviewSchema.parse({ claimId: target.id, version: 1, status: "VERIFIED", verdict: "MISLEADING", note: 'Count is "3,100", per filings' }),
      editor.id,
    );
    const csv = await verifiedClaimsCsv(db, claimFilterSchema.parse({ articleId }));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<(typeof CSV_COLUMNS)[number], string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      claim_id: target.id,
      claim: target.text,
      quote: target.quote,
      verdict: "MISLEADING",
      review_note: 'Count is "3,100", per filings',
      evidence_urls: "https://example.test/filing",
      outlet: "Test Wire",
    });
  });

  it("neutralizes cells a spreadsheet would run as formulas", async () => {
    const { db, editor, articleId, claims } = await articleWithClaims();
    await verifyClaim(
      db,
      claimReviewSchema.parse({ claimId: claims[0]!.id, version: 1, status: "VERIFIED", verdict: "FALSE", note: '=HYPERLINK("https://evil.example","click")', confirmNoEvidence: true }),
      editor.id,
    );
    const csv = await verifiedClaimsCsv(db, claimFilterSchema.parse({ articleId }));
    const [row] = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(row!.review_note).toBe(`'=HYPERLINK("https://evil.example","click")`);
  });
});
