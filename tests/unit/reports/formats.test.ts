import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { parse } from "csv-parse/sync";
import { csvFormat } from "@/lib/reports/formats/csv";
import { jsonFormat, ndjsonFormat } from "@/lib/reports/formats/json";
import { jsonldFormat } from "@/lib/reports/formats/jsonld";
import { htmlFormat } from "@/lib/reports/formats/html";
import PDFDocument from "pdfkit";
import { pdfFormat } from "@/lib/reports/formats/pdf";
import { leanStandardFont } from "@/lib/reports/pdf/pdfkit-patches";
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

  it("PDF: a real PDF with the claims' text, every cross-reference offset pointing at its object", async () => {
    const pdf = await collect(pdfFormat.render(batches([row()], [row({ id: "c2", articleId: "a2", articleTitle: "Ünïcode — “quoted” 北京 Łódź Αθήνα Москва", speaker: "Nguyễn Thị Lan", verdict: "FALSE" })]), context()));
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.3");
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(document, { mergePages: true });
    // Links open the claim in Claimdesk and the evidence.
    const links = (await (await document.getPage(2)).getAnnotations()).map((a: { url?: string }) => a.url);
    expect(links).toEqual(expect.arrayContaining(["https://desk.paper.example/claims/claim1", "https://example.test/report", "https://news.example/acme"]));
    expect(text).toContain("Sales rose 40 percent in 2023");
    // Upright, top to bottom: every line's text matrix is unmirrored, and each page starts at its top.
    for (let n = 1; n <= document.numPages; n++) {
      const items = (await (await document.getPage(n)).getTextContent()).items as Array<{ str: string; transform: number[] }>;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.transform[3], `page ${n}: "${item.str}"`).toBeGreaterThan(0);
      expect(items[0]!.transform[5], `page ${n} starts at the top`).toBeGreaterThan(700);
    }
    expect(text).toContain("Verdict: Mostly true");
    expect(text).toContain("Verdict: False");
    // Names outside Latin-1 print as written (DejaVu); letters no shipped font has print as "?".
    expect(text).toContain("Ünïcode — “quoted” ?? Łódź Αθήνα Москва");
    expect(text).toContain("Nguyễn Thị Lan");
    expect(text).toContain("Evidence (Supports): Annual report 2023");
    // The xref table (a reader jumps to each object by it): offset of object n = "n 0 obj".
    const file = pdf.toString("latin1");
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(file)![1]);
    expect(file.slice(startxref, startxref + 5)).toBe("xref\n");
    const entries = [...file.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(entries.length).toBeGreaterThan(10);
    entries.forEach((offset, i) => expect(file.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
  });

  it("PDF: the lean layout of standard fonts gives PDFKit's own codes, kerning and widths", () => {
    const samples = ["AVATAR To Wo “Yes,” ‘quoted’ — 40% in 2023… Ünïcode €", "WAVE Ty. P.Y. LT", "", "x"];
    for (const name of ["Helvetica", "Helvetica-Bold", "Times-Italic", "Times-Bold"]) {
      const own = (new PDFDocument().font(name) as unknown as { _font: Parameters<typeof leanStandardFont>[0] })._font;
      const lean = (new PDFDocument().font(name) as unknown as { _font: Parameters<typeof leanStandardFont>[0] })._font;
      leanStandardFont(lean);
      for (const text of [...samples, ...samples]) {
        expect(lean.encode(text)).toEqual(own.encode(text));
        expect(lean.widthOfString(text, 11)).toBe(own.widthOfString(text, 11));
      }
    }
  });

  it("PDF and HTML: hand over 64 kB chunks and draw no further than the client has read", async () => {
    const many = (n: number, batch: number) => Array.from({ length: n }, (_, i) => row({ id: `c${batch}-${i}`, articleId: `a${batch}-${Math.floor(i / 5)}`, finding: `Finding ${i} `.repeat(20) }));
    for (const format of [pdfFormat, htmlFormat]) {
      let pulled = 0;
      async function* counted() {
        for (let b = 0; b < 3; b++) {
          pulled++;
          yield many(200, b);
        }
      }
      const chunks = format.render(counted(), context());
      // The start of the file (cover, header) goes out before the database is read at all.
      const first = await chunks.next();
      expect(pulled).toBe(0);
      const second = await chunks.next();
      // The first batch alone fills chunks; the next batch is not read while they wait for the client.
      expect(pulled).toBe(1);
      const sizes = [(first.value as Uint8Array).byteLength, (second.value as Uint8Array).byteLength];
      for await (const chunk of chunks) sizes.push(chunk.length);
      expect(pulled).toBe(3);
      expect(sizes.length).toBeGreaterThan(6);
      // Full chunks, less at most the bytes of a UTF-8 character that did not fit whole.
      expect(sizes.slice(1, -1).filter((size) => size < 64 * 1024 - 3 || size > 64 * 1024)).toEqual([]);
    }
  }, 30_000);
});
