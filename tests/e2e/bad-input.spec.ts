// Bad input gets a clear answer next to the field, and loses nothing.
import { expect, test } from "@playwright/test";
import { EDITOR, freshArticle, openFirstClaim, signIn } from "./helpers";

test.beforeEach(async ({ page }) => {
  await signIn(page, EDITOR, "/articles/new");
});

test("empty required fields get field errors and nothing is saved", async ({ page }) => {
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByTestId("title-error")).toHaveText("Enter the headline");
  await expect(page.getByTestId("body-error")).toHaveText("Paste the article text");
  await expect(page.getByLabel("Headline")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test("with the validation code unreachable, the server's check still puts the errors next to the fields", async ({ page }) => {
  // The form loads zod and its schema on the first submit (docs/bundle.md). Here that fetch fails,
  // as it would offline or after a deploy replaced the build: the action's own validation answers.
  await expect(page.getByLabel("Headline")).toBeEnabled();
  let refused = 0;
  await page.route("**/_next/static/chunks/**", (route) => {
    refused++;
    return route.abort("internetdisconnected");
  });
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByTestId("title-error")).toHaveText("Enter the headline");
  await expect(page.getByTestId("body-error")).toHaveText("Paste the article text");
  expect(refused).toBeGreaterThan(0);
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test("an impossible date and a bad URL are field errors", async ({ page }) => {
  const article = freshArticle();
  await page.getByLabel("Headline").fill(article.title);
  await page.getByLabel("Article text").fill(article.body);
  await page.getByLabel("Published date (optional)").fill("2024-02-30");
  await page.getByLabel("Source URL (optional)").fill("example dot com");
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByTestId("publishedAt-error")).toHaveText("Published date must be a real date (YYYY-MM-DD)");
  await expect(page.getByTestId("url-error")).toContainText("must be a full web address");
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test("a body over 200,000 characters gets the limit, with its length", async ({ page }) => {
  await page.getByLabel("Headline").fill("Too long");
  await page.getByLabel("Article text").fill("word ".repeat(40_001));
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByTestId("body-error")).toHaveText(
    "The article body is limited to 200,000 characters; this one has 200,005. Split it into parts.",
  );
});

test("importing the same article twice says it is already there", async ({ page }) => {
  const article = freshArticle();
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.goto("/articles/new");
    await page.getByLabel("Headline").fill(article.title);
    await page.getByLabel("Article text").fill(article.body);
    await page.getByRole("button", { name: "Import and extract claims" }).click();
    if (attempt === 0) await expect(page).toHaveURL(/\/articles\/[a-z0-9]+$/);
  }
  await expect(page.getByTestId("body-error")).toContainText("This article is already in Claimdesk");
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test("a claim that does not exist is a 404 page", async ({ page }) => {
  const response = await page.goto("/claims/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("a review based on a stale copy of the claim is refused with a reload hint", async ({ page, context }) => {
  await page.goto("/claims");
  await openFirstClaim(page);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);

  await page.getByLabel("Status").selectOption("IN_REVIEW");
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Review saved.");

  await other.getByLabel("Status").selectOption("DISMISSED");
  await other.getByRole("button", { name: "Save review" }).click();
  await expect(other.getByTestId("form-error")).toHaveText(/changed by someone else.*Reload/);
  await other.reload();
  await expect(other.getByLabel("Status")).toHaveValue("IN_REVIEW");
});

test("a verified claim needs a verdict", async ({ page }) => {
  await page.goto("/claims?status=UNREVIEWED");
  await openFirstClaim(page);
  await page.getByLabel("Status").selectOption("VERIFIED");
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByTestId("verdict-error")).toHaveText("Choose a verdict before marking the claim verified");
});
