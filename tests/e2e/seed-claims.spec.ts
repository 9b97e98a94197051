// The seed articles are there on a fresh desk, with their claims structured and anchored.
import { expect, test } from "@playwright/test";
import { EDITOR, signIn } from "./helpers";

test("the seed claims carry their structure: '20 million handsets in 2013' and 'under 5% … online'", async ({ page }) => {
  await signIn(page, EDITOR, "/claims?q=handsets");
  await page.getByRole("link", { name: /20 million handsets in 2013/ }).click();
  await expect(page.getByTestId("claim-text")).toContainText("20 million handsets in 2013");
  const facts = page.getByTestId("claim-structure");
  await expect(facts).toContainText("Quantity");
  await expect(facts).toContainText("about 20,000,000 handsets (2013)");
  await expect(page.getByTestId("claim-context").locator("mark")).toContainText("expects to sell about 20 million handsets in 2013");

  await page.goto("/claims?q=online&type=PERCENTAGE");
  await page.getByRole("link", { name: /under 5%.*online/i }).click();
  await expect(page.getByTestId("claim-structure")).toContainText("under 5%");
  await expect(page.getByTestId("claim-structure")).toContainText("Attributed to");
});

test("each seed article shows its claims highlighted in the text", async ({ page }) => {
  await signIn(page, EDITOR);
  for (const headline of [/^Xiaomi Inc\. is looking to tap its international fan base/, /^"Xiaomi want to be part of everything that Google does"/]) {
    // The articles list pages 25 at a time and other tests import articles: find it by search.
    await page.goto("/articles?q=Xiaomi");
    await page.getByRole("link", { name: headline }).click();
    const marks = page.getByTestId("article-body").locator(".claim-mark");
    await expect(marks.first()).toBeVisible();
    expect(await marks.count()).toBeGreaterThanOrEqual(10);
  }
});
