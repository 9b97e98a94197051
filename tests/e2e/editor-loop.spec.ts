// The whole editor loop through the real UI: sign in → import → claims → verify → CSV download.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { EDITOR, freshArticle, signIn } from "./helpers";

test("an editor imports an article, verifies a claim and downloads it in the CSV report", async ({ page }) => {
  const article = freshArticle();
  await signIn(page, EDITOR);

  await page.getByRole("link", { name: "Import", exact: true }).click();
  await page.getByLabel("Headline").fill(article.title);
  await page.getByLabel("Author (optional)").fill("Test Reporter");
  await page.getByLabel("Outlet (optional)").fill("The Test Wire");
  await page.getByLabel("Published date (optional)").fill("2024-03-18");
  await page.getByLabel("Source URL (optional)").fill("https://example.test/nimbus");
  await page.getByLabel("Article text").fill(article.body);
  await page.getByRole("button", { name: "Import and extract claims" }).click();

  await expect(page).toHaveURL(/\/articles\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByText("Test Reporter · The Test Wire · 18 Mar 2024")).toBeVisible();
  const claimLinks = page.getByTestId("claim-list").getByRole("link");
  await expect(claimLinks.first()).toBeVisible();
  expect(await claimLinks.count()).toBeGreaterThanOrEqual(3);
  // Every claim is marked in the text at its span.
  const marks = page.getByTestId("article-body").locator(".claim-mark");
  expect(await marks.count()).toBeGreaterThanOrEqual(3);
  await expect(marks.filter({ hasText: "48,000" })).not.toHaveCount(0);

  const claimText = (await claimLinks.first().textContent())!.trim();
  await claimLinks.first().click();
  await expect(page.getByTestId("claim-text")).toHaveText(claimText);
  await expect(page.getByTestId("claim-context").locator("mark")).toBeVisible();

  await page.getByRole("button", { name: "Add evidence" }).click();
  await page.getByLabel("Source URL").fill("https://example.test/annual-report-2023");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByTestId("evidence-list")).toContainText("https://example.test/annual-report-2023");

  await page.getByLabel("Status").selectOption("VERIFIED");
  await page.getByLabel("Verdict").selectOption("MOSTLY_TRUE");
  await page.getByLabel("Finding (shown in reports)").fill("Matches the company's 2023 annual report.");
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Review saved.");
  await expect(page.locator(".badges .status-verified")).toHaveText("Verified");

  await page.goto("/claims");
  await page.getByLabel("Search").fill(article.company);
  await page.getByLabel("Status").selectOption("VERIFIED");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=VERIFIED/);
  await expect(page.getByTestId("claims-total")).toHaveText("1 claim");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download verified claims (CSV)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^claimdesk-verified-claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    claim: claimText,
    verdict: "MOSTLY_TRUE",
    review_note: "Matches the company's 2023 annual report.",
    evidence_urls: "https://example.test/annual-report-2023",
    reviewed_by: "Demo Editor",
    article_title: article.title,
    outlet: "The Test Wire",
    published: "2024-03-18",
    article_url: "https://example.test/nimbus",
  });
});
