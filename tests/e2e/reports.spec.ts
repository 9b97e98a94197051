// Reports end to end: an editor verifies two claims of an article written for this test, builds a
// report from the claims-list filter, downloads every format and finds both claims, with their
// verdicts and evidence, in each (parsed the way a newsroom tool would); the printable page is
// screenshotted; the dashboard counts the verdicts.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test, type Page } from "@playwright/test";
import { reportClaimSchema, reportDocumentSchema } from "@/lib/reports/report-claim";
import { expandOffline, nodeOf, nodesOfType, SCHEMA, valueOf } from "../support/jsonld-offline";
import { EDITOR, signIn } from "./helpers";

function reportArticle() {
  const line = `Harbourline${Math.random().toString(36).slice(2, 8)}`;
  return {
    line,
    title: `${line} Ferries carried record passengers`,
    body: [
      `${line} Ferries carried 3.4 million passengers in 2023, up 12 percent from a year earlier, managing director Petra Lind said on Tuesday.`,
      `The operator expects to spend $140 million on four new vessels by 2026.`,
      `Fewer than 5 percent of crossings were cancelled last winter, according to the port authority.`,
    ].join("\n\n"),
  };
}

async function download(page: Page, linkName: string | RegExp): Promise<{ name: string; body: Buffer }> {
  const pending = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName, exact: true }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

test("verify two claims → build a report from the list filter → every format holds both, with verdicts and evidence", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const article = reportArticle();
  await signIn(page, EDITOR);

  await page.goto("/articles/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import an article");
  await page.getByLabel("Headline").fill(article.title);
  await page.getByLabel("Author (optional)").fill("Report Tester");
  await page.getByLabel("Outlet (optional)").fill("The Report Wire");
  await page.getByLabel("Published date (optional)").fill("2024-02-05");
  await page.getByLabel("Source URL (optional)").fill("https://example.test/harbourline");
  await page.getByLabel("Article text").fill(article.body);
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page).toHaveURL(/\/articles\/(?!new$)[a-z0-9]+$/);
  const articleId = page.url().split("/").pop()!;

  const reviews = [
    { verdict: "TRUE", label: "True", finding: "Matches the operator's annual report.", evidence: `https://example.test/${article.line}/annual-report`, title: "Annual report 2023", stance: "SUPPORTS", stanceLabel: "Supports" },
    { verdict: "MISLEADING", label: "Misleading", finding: "The budget covers five vessels, not four.", evidence: `https://example.test/${article.line}/budget`, title: "Fleet budget 2024", stance: "REFUTES", stanceLabel: "Refutes" },
  ];
  const claims: { text: string; label: string; evidence: string; finding: string; title: string; stanceLabel: string }[] = [];
  // Two claims with different wording (the extractor may word two claims of one sentence alike),
  // so each report row can be found by its claim.
  await page.goto(`/articles/${articleId}`);
  const wordings = (await page.getByTestId("claim-list").getByRole("link").allTextContents()).map((t) => t.trim());
  const picks = wordings.map((_, i) => i).filter((i) => wordings.indexOf(wordings[i]!) === i).slice(0, 2);
  expect(picks).toHaveLength(2);
  for (const [i, review] of reviews.entries()) {
    await page.goto(`/articles/${articleId}`);
    const link = page.getByTestId("claim-list").getByRole("link").nth(picks[i]!);
    const text = (await link.textContent())!.trim();
    await link.click();
    await expect(page.getByTestId("claim-text")).toHaveText(text);
    // Evidence goes into the claim's ledger first.
    await page.getByRole("button", { name: "Add evidence" }).click();
    await page.getByLabel("Source URL").fill(review.evidence);
    await page.getByLabel("Title (optional)").fill(review.title);
    await page.getByLabel("Stance").selectOption(review.stance);
    await page.getByRole("button", { name: "Add evidence" }).click();
    // The ledger shows the item by its title, linked to its source.
    await expect(page.getByTestId("evidence-list").getByRole("link", { name: review.title })).toHaveAttribute("href", review.evidence);
    await page.getByLabel("Status").selectOption("VERIFIED");
    await page.getByLabel("Verdict").selectOption(review.verdict);
    await page.getByLabel("Finding (shown in reports)").fill(review.finding);
    await page.getByRole("button", { name: "Save review" }).click();
    await expect(page.getByTestId("form-success")).toHaveText("Review saved.");
    claims.push({ text, label: review.label, evidence: review.evidence, finding: review.finding, title: review.title, stanceLabel: review.stanceLabel });
  }

  // The claims list's filter opens the report page pre-filled.
  await page.goto(`/claims?articleId=${articleId}&status=VERIFIED`);
  await page.getByRole("link", { name: "Build a report from this filter" }).click();
  await expect(page).toHaveURL(/\/reports\?/);
  await expect(page.getByRole("checkbox", { name: "Verified" })).toBeChecked();
  await expect(page.getByTestId("report-count")).toHaveText("2 claims from 1 article");
  await expect(page.getByTestId("report-preview")).toContainText(claims[0]!.text);
  await expect(page.getByTestId("check-summary")).toHaveText("All 2 ClaimReviews pass the check.");
  await page.screenshot({ path: testInfo.outputPath("reports-page.png"), fullPage: true });

  // CSV
  const csv = await download(page, "CSV");
  expect(csv.name).toMatch(/\.csv$/);
  const rows = parse(csv.body.toString("utf8").replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(2);
  for (const claim of claims) {
    const row = rows.find((r) => r.Claim === claim.text)!;
    expect(row).toMatchObject({ Verdict: claim.label, Finding: claim.finding, Outlet: "The Report Wire", "Article author": "Report Tester", Published: "2024-02-05" });
    expect(row.Evidence).toBe(`${claim.stanceLabel}: ${claim.title} ${claim.evidence}`);
    expect(row.Link).toMatch(/\/claims\/[a-z0-9]+$/);
  }

  // JSON, checked against its schema
  const json = reportDocumentSchema.parse(JSON.parse((await download(page, "JSON")).body.toString("utf8")));
  expect(json.schema).toBe("claimdesk.report/1");
  for (const claim of claims) {
    const found = json.claims.find((c) => c.claim === claim.text)!;
    expect(found.verdict).toBe(claim.label);
    expect(found.evidence).toEqual([{ url: claim.evidence, title: claim.title, stance: claim.stanceLabel }]);
  }

  // NDJSON: one claim per line, same schema
  const lines = (await download(page, "NDJSON")).body.toString("utf8").trim().split("\n").map((l) => reportClaimSchema.parse(JSON.parse(l)));
  expect(lines.map((l) => l.claim).sort()).toEqual(claims.map((c) => c.text).sort());

  // ClaimReview JSON-LD, expanded with a JSON-LD processor (schema.org context served locally)
  const jsonld = JSON.parse((await download(page, "ClaimReview (JSON-LD)")).body.toString("utf8"));
  const expanded = await expandOffline(jsonld);
  const claimReviews = nodesOfType(expanded, `${SCHEMA}ClaimReview`);
  expect(claimReviews).toHaveLength(2);
  for (const claim of claims) {
    const review = claimReviews.find((r) => valueOf(r, `${SCHEMA}claimReviewed`) === claim.text)!;
    expect(valueOf(nodeOf(review, `${SCHEMA}reviewRating`), `${SCHEMA}alternateName`)).toBe(claim.label);
    expect(valueOf(review, `${SCHEMA}url`)).toMatch(/\/claims\/[a-z0-9]+$/);
    expect(valueOf(nodeOf(review, `${SCHEMA}author`), `${SCHEMA}name`)).toBeTruthy();
    expect(valueOf(nodeOf(review, `${SCHEMA}citation`), `${SCHEMA}url`)).toBe(claim.evidence);
    const item = nodeOf(review, `${SCHEMA}itemReviewed`);
    expect(item?.["@type"]).toEqual([`${SCHEMA}Claim`]);
    expect(valueOf(item, `${SCHEMA}datePublished`)).toBe("2024-02-05");
  }
  expect(valueOf(nodeOf(claimReviews.find((r) => valueOf(nodeOf(r, `${SCHEMA}reviewRating`), `${SCHEMA}alternateName`) === "True"), `${SCHEMA}reviewRating`), `${SCHEMA}ratingValue`)).toBe(5);

  // PDF, text extracted
  const pdf = await download(page, "PDF");
  expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain("2 claims from 1 article");
  for (const claim of claims) {
    expect(flat).toContain(claim.text.replace(/\s+/g, " "));
    expect(flat).toContain(`Verdict: ${claim.label}`);
    expect(flat).toContain(claim.evidence);
  }

  // The printable page, looked at in a screenshot
  const [printable] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Printable page" }).click()]);
  await printable.waitForLoadState();
  await expect(printable.getByRole("heading", { level: 1 })).toHaveText("Claims report");
  await expect(printable.getByTestId("report-totals")).toHaveText("2 claims from 1 article");
  await expect(printable.locator(".scope")).toContainText(`Articles: ${article.title}`);
  await expect(printable.getByRole("heading", { level: 2, name: article.title })).toBeVisible();
  for (const claim of claims) {
    const item = printable.locator("li.claim", { hasText: claim.text });
    await expect(item.locator(".verdict")).toHaveText(claim.label);
    await expect(item.getByRole("link", { name: claim.title })).toHaveAttribute("href", claim.evidence);
    await expect(item.locator(".evidence")).toContainText(claim.stanceLabel);
  }
  await printable.screenshot({ path: testInfo.outputPath("printable-report.png"), fullPage: true });
  await printable.emulateMedia({ media: "print" });
  await printable.screenshot({ path: testInfo.outputPath("printable-report-print.png"), fullPage: true });
  await printable.close();

  // The dashboard counts both verdicts
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  const verdicts = page.getByTestId("dashboard-verdicts");
  await verdicts.getByText("Table: Verified claims by verdict").click();
  for (const label of ["True", "Misleading"]) {
    const count = await verdicts.getByRole("row", { name: new RegExp(`^${label} `) }).getByRole("cell").textContent();
    expect(Number(count)).toBeGreaterThanOrEqual(1);
  }
  await page.screenshot({ path: testInfo.outputPath("dashboard.png"), fullPage: true });
});

test("bad scopes get clear answers: an end date before the start, no matching claims, an unknown format", async ({ page }) => {
  await signIn(page, EDITOR, "/reports");
  await page.getByLabel("From", { exact: true }).fill("2024-05-01");
  await page.getByLabel("To", { exact: true }).fill("2024-04-01");
  await page.getByRole("button", { name: "Preview report" }).click();
  await expect(page.getByTestId("to-error")).toHaveText("The end date is before the start date");

  const nothing = `nothing-matches-${Math.random().toString(36).slice(2)}`;
  await page.goto(`/reports?q=${nothing}`);
  await expect(page.getByTestId("report-empty")).toContainText("No claims match");
  const csv = await download(page, "CSV");
  const rows = parse(csv.body.toString("utf8").replace(/^\uFEFF/, ""), { columns: true }) as unknown[];
  expect(rows).toEqual([]);
  const json = reportDocumentSchema.parse(JSON.parse((await download(page, "JSON")).body.toString("utf8")));
  expect(json.claims).toEqual([]);
  const pdf = await download(page, "PDF");
  expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");

  const unknown = await page.request.get("/api/reports?format=docx");
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toMatchObject({ formats: ["csv", "json", "ndjson", "jsonld", "html", "pdf"] });
  expect((await unknown.json()).error).toContain("csv, json, ndjson, jsonld, html, pdf");
});
