// Search that finds, the article type-ahead, saved views and the articles list's search and pages.
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { expect, test } from "@playwright/test";
import { EDITOR, signIn } from "./helpers";

test("searching 'Xiaomi sales' and 'sold' finds the seed claims, with the matches highlighted", async ({ page }) => {
  await signIn(page, EDITOR, "/claims");
  await page.getByLabel("Search", { exact: true }).fill("Xiaomi sales");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=Xiaomi(\+|%20)sales/);
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  // Both words, in any order, somewhere in each row; the first (best) row has both highlighted.
  const firstMarks = rows.first().locator("mark");
  await expect(firstMarks.filter({ hasText: /^Xiaomi$/i }).first()).toBeVisible();
  await expect(firstMarks.filter({ hasText: /^sales?$/i }).first()).toBeVisible();
  await expect(page.getByLabel("Order")).toHaveValue("");

  // "sold" finds the claim whose words are "expects to sell about 20 million handsets in 2013".
  await page.goto("/claims?q=sold");
  const handsets = rows.filter({ hasText: "20 million handsets in 2013" });
  await expect(handsets.first()).toBeVisible();
  await expect(handsets.locator("mark").filter({ hasText: /^sell$/ }).first()).toBeVisible();
});

test("odd searches get a message, not an error page", async ({ page }) => {
  await signIn(page, EDITOR, "/claims");
  await page.goto("/claims?q=%21%21%21");
  await expect(page.getByTestId("search-problem")).toHaveText("Search needs at least one letter or digit.");
  await page.goto(`/claims?q=${"xiaomi ".repeat(715)}`);
  await expect(page.getByTestId("search-problem")).toContainText("Search is limited to 200 characters");
  await page.goto("/claims?q=%25_%25");
  await expect(page.getByTestId("search-problem")).toBeVisible();
  await page.goto("/claims?cursor=tampered-cursor");
  await expect(page.getByRole("table")).toBeVisible();
});

test("the article filter is a type-ahead: pick an article and the list shows only its claims", async ({ page }) => {
  await signIn(page, EDITOR, "/claims");
  await page.getByRole("search", { name: "Filter claims" }).getByRole("combobox", { name: "Article" }).fill("Xiaomi want");
  const option = page.getByRole("option", { name: /Xiaomi want to be part of everything that Google does/ });
  const title = (await option.getAttribute("title"))!;
  await option.click();
  await expect(page).toHaveURL(/articleId=[a-z0-9]+/);
  const articleLinks = page.getByRole("table").locator("tbody tr td.article-cell a");
  await expect(articleLinks.first()).toBeVisible();
  const titles = await articleLinks.allTextContents();
  expect(new Set(titles)).toEqual(new Set([title]));
  // A long headline is cut with an ellipsis, the whole of it in the title attribute.
  await expect(articleLinks.first()).toHaveAttribute("title", title);
  await expect(articleLinks.first()).toHaveCSS("text-overflow", "ellipsis");
  // One article field, showing the picked headline (the page re-renders it for the new filter).
  const articleField = page.getByRole("search", { name: "Filter claims" }).getByRole("combobox", { name: "Article" });
  await expect(articleField).toHaveCount(1);
  await expect(articleField).toHaveValue(title);
});

test("an editor saves a filtered view and finds it in the navigation", async ({ page }) => {
  await signIn(page, EDITOR, "/claims");
  await page.getByLabel("Status").selectOption("UNREVIEWED");
  await page.getByLabel("Type").selectOption("PERCENTAGE");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=UNREVIEWED/);
  const name = `Percent ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Save this view as").fill(name);
  await page.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByTestId("form-success")).toContainText(`Saved “${name}”`);

  await page.goto("/articles");
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/claims\?.*status=UNREVIEWED/);
  await expect(page).toHaveURL(/type=PERCENTAGE/);
  await expect(page.getByLabel("Type")).toHaveValue("PERCENTAGE");
});

test("the articles list searches and pages through every matching article once", async ({ page }) => {
  // 30 articles of this test's own, written straight into the desk's database.
  const marker = `Quokka${randomUUID().replace(/[^a-z]/g, "").slice(0, 8)}`;
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [EDITOR.email]);
    for (let i = 0; i < 30; i++) {
      await db.query(
        `INSERT INTO articles (id, title, outlet, body, "contentHash", "importedById", "updatedAt") VALUES ($1, $2, 'Paging Wire', $3, $4, $5, now())`,
        [`e2e${randomUUID().replace(/-/g, "")}`, `${marker} story number ${i}`, `The ${marker} shipments were selling fast, report ${i}.`, randomUUID(), rows[0]!.id],
      );
    }
  } finally {
    await db.end();
  }
  await signIn(page, EDITOR, "/articles");
  await page.getByLabel("Search articles").fill(`${marker} sold`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("articles-total")).toHaveText("30 articles");
  const headlines = page.getByRole("table").locator("tbody tr td:first-child a");
  await expect(headlines).toHaveCount(25);
  const first = await headlines.allTextContents();
  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(headlines).toHaveCount(5);
  const second = await headlines.allTextContents();
  expect(new Set([...first, ...second]).size).toBe(30);
  await page.getByRole("link", { name: "← First page" }).click();
  await expect(headlines).toHaveCount(25);
});
