import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvFormat } from "@/lib/reports/formats/csv";
import { jsonFormat, ndjsonFormat } from "@/lib/reports/formats/json";
import { jsonldFormat } from "@/lib/reports/formats/jsonld";
import { htmlFormat } from "@/lib/reports/formats/html";
import { pdfFormat, toWinAnsi } from "@/lib/reports/formats/pdf";
import { reportClaimSchema, reportDocumentSchema } from "@/lib/reports/report-claim";
import { batches, collect, context, row } from "./fixtures";
import { expandOffline, nodeOf, nodesOfType, SCHEMA, valueOf } from "../../support/jsonld-offline";

describe("CSV report", () => {
  it("has readable labels, a link back, one line per evidence, and neutralizes formulas", async () => {
    const csv = (await collect(csvFormat.render(batches([row({ finding: "=HYPERLINK(\"https://evil.example\")" })], [row({ id: "claim2", verdict: "FALSE", evidence: [] })]), context()))).toString("utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      Claim: "Sales rose 40 percent in 2023",
      Link: "https://desk.paper.example/claims/claim1",
      Type: "Percentage",
      Status: "Verified",
      Verdict: "Mostly true",
      Finding: `'=HYPERLINK("https://evil.example")`,
      Speaker: "Jane Okafor",
      "Article author": "Sam Writer",
      Outlet: "The Test Wire",
      Published: "2024-03-18",
      Evidence: "Supports: Annual report 2023 https://example.test/report",
    });
    expect(rows[1]).toMatchObject({ Verdict: "False", Evidence: "" });
  });

  it("is a header alone for an empty scope", async () => {
    const csv = (await collect(csvFormat.render(batches(), context()))).toString("utf8");
    expect(parse(csv.slice(1), { columns: true })).toEqual([]);
  });
});

describe("JSON and NDJSON reports", () => {
  it("follow the versioned schema, across batches", async () => {
    const text = (await collect(jsonFormat.render(batches([row()], [row({ id: "c2" }), row({ id: "c3" })]), context()))).toString("utf8");
    const doc = reportDocumentSchema.parse(JSON.parse(text));
    expect(doc.claims.map((c) => c.id)).toEqual(["claim1", "c2", "c3"]);
    expect(doc.claims[0]).toMatchObject({ verdict: "Mostly true", verdictCode: "MOSTLY_TRUE", evidence: [{ stance: "Supports" }] });
    const empty = reportDocumentSchema.parse(JSON.parse((await collect(jsonFormat.render(batches(), context()))).toString("utf8")));
    expect(empty.claims).toEqual([]);
    const lines = (await collect(ndjsonFormat.render(batches([row(), row({ id: "c2" })]), context()))).toString("utf8").trim().split("\n");
    expect(lines.map((l) => reportClaimSchema.parse(JSON.parse(l)).id)).toEqual(["claim1", "c2"]);
  });

  it("names cross-references in words, both ways", async () => {
    const link = { claimId: "other", claimText: "Sales up 40%", articleId: "a2", articleTitle: "Earlier story", articleUrl: null, outlet: "Daily", publishedAt: "2024-01-02T00:00:00" };
    const text = (await collect(ndjsonFormat.render(batches([row({ links: [{ ...link, type: "SAME_CLAIM", direction: "to" }, { ...link, type: "CONTRADICTS", direction: "to" }] })]), context()))).toString("utf8");
    const claim = reportClaimSchema.parse(JSON.parse(text));
    expect(claim.crossReferences.map((x) => x.relation)).toEqual(["Same claim", "Contradicts (from the other claim)"]);
    expect(claim.crossReferences[0]).toMatchObject({ publishedAt: "2024-01-02", claimUrl: "https://desk.paper.example/claims/other" });
  });
});

describe("ClaimReview JSON-LD", () => {
  it("expands with a JSON-LD processor into ClaimReviews with rating, author, item reviewed and first appearance", async () => {
    const rows = [
      row({
        links: [
          { type: "SAME_CLAIM", direction: "from", claimId: "old", claimText: "x", articleId: "a0", articleTitle: "First told here", articleUrl: "https://old.example/story", outlet: "Old Paper", publishedAt: "2023-11-30T00:00:00" },
        ],
        // As the report query returns the same-claim group: every article, earliest first.
        appearances: [
          { articleId: "a0", articleTitle: "First told here", articleUrl: "https://old.example/story", outlet: "Old Paper", publishedAt: "2023-11-30T00:00:00" },
          { articleId: "article1", articleTitle: "Acme sales soar", articleUrl: "https://news.example/acme", outlet: "The Test Wire", publishedAt: "2024-03-18T00:00:00" },
        ],
      }),
      row({ id: "c2", verdict: "UNPROVEN", speaker: null }),
    ];
    const doc = JSON.parse((await collect(jsonldFormat.render(batches(rows), context()))).toString("utf8"));
    const expanded = await expandOffline(doc);
    const reviews = nodesOfType(expanded, `${SCHEMA}ClaimReview`);
    expect(reviews).toHaveLength(2);
    const [first, second] = reviews;
    expect(valueOf(first, `${SCHEMA}claimReviewed`)).toBe("Sales rose 40 percent in 2023");
    expect(valueOf(first, `${SCHEMA}url`)).toBe("https://desk.paper.example/claims/claim1");
    const rating = nodeOf(first, `${SCHEMA}reviewRating`);
    expect([valueOf(rating, `${SCHEMA}alternateName`), valueOf(rating, `${SCHEMA}ratingValue`), valueOf(rating, `${SCHEMA}bestRating`), valueOf(rating, `${SCHEMA}worstRating`)]).toEqual(["Mostly true", 4, 5, 1]);
    expect(valueOf(nodeOf(first, `${SCHEMA}author`), `${SCHEMA}name`)).toBe("The Paper");
    const item = nodeOf(first, `${SCHEMA}itemReviewed`);
    expect(valueOf(nodeOf(item, `${SCHEMA}author`), `${SCHEMA}name`)).toBe("Jane Okafor");
    expect(valueOf(nodeOf(item, `${SCHEMA}firstAppearance`), `${SCHEMA}url`)).toBe("https://old.example/story");
    expect((item?.[`${SCHEMA}appearance`] as unknown[]).length).toBe(2);
    // Unproven has words but no number on the true–false scale; the outlet is the claim's author without a speaker.
    const unproven = nodeOf(second, `${SCHEMA}reviewRating`);
    expect(valueOf(unproven, `${SCHEMA}alternateName`)).toBe("Unproven");
    expect(unproven?.[`${SCHEMA}ratingValue`]).toBeUndefined();
    expect(valueOf(nodeOf(nodeOf(second, `${SCHEMA}itemReviewed`), `${SCHEMA}author`), `${SCHEMA}name`)).toBe("The Test Wire");
  });

  it("leaves out reviews with errors when asked, and only then", async () => {
    const rows = [row(), row({ id: "bad", text: "False: the mayor doubled the budget", verdict: "FALSE" })];
    const all = JSON.parse((await collect(jsonldFormat.render(batches(rows), context()))).toString("utf8"));
    const valid = JSON.parse((await collect(jsonldFormat.render(batches(rows), context({ validOnly: true })))).toString("utf8"));
    expect(all["@graph"]).toHaveLength(2);
    expect(valid["@graph"].map((r: { url: string }) => r.url)).toEqual(["https://desk.paper.example/claims/claim1"]);
  });
});

describe("printable HTML and PDF", () => {
  it("HTML: a cover with counts, then each article once with its claims, escaped", async () => {
    const html = (
      await collect(
        htmlFormat.render(batches([row(), row({ id: "c2", text: "<script>alert(1)</script>" })], [row({ id: "c3", articleId: "a2", articleTitle: "Second story" })]), context({
          counts: { claims: 3, articles: 2, byStatus: { VERIFIED: 3 }, byVerdict: { MOSTLY_TRUE: 3 } },
        })),
      )
    ).toString("utf8");
    expect(html).toContain("3 claims from 2 articles");
    expect(html).toContain("<th scope=\"row\">Mostly true</th><td>3</td>");
    expect(html.match(/<section class="article">/g)).toHaveLength(2);
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("@media print");
  });

  it("PDF: a real PDF, streamed in pieces", async () => {
    const chunks: number[] = [];
    for await (const chunk of pdfFormat.render(batches([row()], [row({ id: "c2", articleId: "a2", articleTitle: "Ünïcode — “quoted” 北京" })]), context())) chunks.push(chunk.length);
    expect(chunks.length).toBeGreaterThan(2);
    expect(toWinAnsi("Ünïcode — “quoted” 北京 Łódź")).toBe("Ünïcode — “quoted” ?? ?ódz");
  });
});
