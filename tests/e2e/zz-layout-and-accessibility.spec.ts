// Every page state at a laptop width (1366 px) and a phone width (390 px): no sideways scrolling
// (also at 360 px), no serious or critical axe violation, and a screenshot saved under the test
// output (test-results/screens/) for a reviewer to look at. Named zz- so it runs after the other
// specs and sees the desk as they left it; it changes only review states of one seed article.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, EDITOR, signIn } from "./helpers";

const WIDTHS = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

interface PageState {
  name: string;
  /** Puts the page in the state to check; the page is already signed in unless `signedOut`. */
  open: (page: Page) => Promise<void>;
  signedOut?: boolean;
  account?: typeof EDITOR;
}

const WSJ_SEED = /^Xiaomi Inc\. is looking to tap its international fan base/;

async function openSeedArticle(page: Page) {
  // The list pages (other specs import many articles): search finds the seed wherever it is.
  await page.goto("/articles?q=Xiaomi");
  await page.getByRole("link", { name: WSJ_SEED }).first().click();
  await expect(page.getByTestId("article-body")).toBeVisible();
}

const STATES: PageState[] = [
  { name: "signin", signedOut: true, open: async (page) => void (await page.goto("/signin")) },
  {
    name: "signin-error",
    signedOut: true,
    open: async (page) => {
      await page.goto("/signin");
      await page.getByLabel("Email").fill("nobody@example.test");
      await page.getByLabel("Password").fill("wrong-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("form-error")).toBeVisible();
    },
  },
  { name: "articles", open: async (page) => void (await page.goto("/articles")) },
  { name: "article", open: openSeedArticle },
  { name: "claims", open: async (page) => void (await page.goto("/claims")) },
  { name: "claims-empty", open: async (page) => void (await page.goto("/claims?q=zzqxnothingmatches")) },
  {
    name: "claim",
    open: async (page) => {
      await openSeedArticle(page);
      await page.getByTestId("claim-list").getByRole("link").first().click();
      await expect(page.getByTestId("claim-text")).toBeVisible();
    },
  },
  { name: "import", open: async (page) => void (await page.goto("/articles/new")) },
  {
    name: "import-errors",
    open: async (page) => {
      await page.goto("/articles/new");
      await page.getByRole("button", { name: "Import and extract claims" }).click();
      await expect(page.locator(".field-error").first()).toBeVisible();
    },
  },
  { name: "users", account: ADMIN, open: async (page) => void (await page.goto("/admin/users")) },
  { name: "not-found", open: async (page) => void (await page.goto("/claims/no-such-claim")) },
];

/** Screenshots go to test-results/screens/, one folder for a reviewer to page through. */
function screenshotPath(outputDir: string, name: string): string {
  return path.join(outputDir, "screens", `${name}.png`);
}

async function expectNoSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

async function expectAxeClean(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious, `${label}: serious or critical accessibility problems`).toEqual([]);
}

for (const state of STATES) {
  test(`${state.name}: fits a phone and a laptop, axe finds nothing serious`, async ({ page }, testInfo) => {
    if (!state.signedOut) await signIn(page, state.account ?? EDITOR);
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await state.open(page);
      const label = `${state.name} at ${size.width}px`;
      await expectNoSidewaysScroll(page, label);
      await expectAxeClean(page, label);
      await page.screenshot({ path: screenshotPath(testInfo.project.outputDir, `${state.name}-${size.name}`), fullPage: true });
      if (size.name === "phone") {
        await page.setViewportSize({ width: 360, height: 740 });
        await expectNoSidewaysScroll(page, `${state.name} at 360px`);
      }
    }
  });
}

test("the 404 page has exactly one main landmark", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto("/claims/no-such-claim");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
});

test("the claim page shows the review controls within the first screen of a phone", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.setViewportSize({ width: 390, height: 844 });
  await openSeedArticle(page);
  await page.getByTestId("claim-list").getByRole("link").first().click();
  const save = page.getByRole("button", { name: "Save review" });
  await expect(save).toBeVisible();
  const box = (await save.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(844);
});

test("a seed article's highlights show each review state in colour, line and words", async ({ page }) => {
  await signIn(page, EDITOR);
  await openSeedArticle(page);
  const articleUrl = page.url();
  // Claims whose text has a mark of their own (overlapping claims show the strongest state).
  const body = page.getByTestId("article-body");
  const ownIds = (await body.locator(".claim-mark").evaluateAll((marks) => marks.map((m) => m.getAttribute("data-claim-ids")!))).filter(
    (ids, i, all) => !ids.includes(" ") && all.indexOf(ids) === i,
  );
  expect(ownIds.length).toBeGreaterThanOrEqual(4);
  const reviews: Array<{ status: string; verdict?: string; tone: string }> = [
    { status: "VERIFIED", verdict: "FALSE", tone: "verified-false" },
    { status: "VERIFIED", verdict: "TRUE", tone: "verified-true" },
    { status: "DISMISSED", tone: "dismissed" },
    { status: "IN_REVIEW", tone: "in-review" },
  ];
  const reviewed: Array<{ id: string; tone: string }> = [];
  for (const [i, review] of reviews.entries()) {
    const id = ownIds[i]!;
    await page.goto(`/claims/${id}`);
    await page.getByLabel("Status").selectOption(review.status);
    if (review.verdict) await page.getByLabel("Verdict").selectOption(review.verdict);
    await page.getByRole("button", { name: "Save review" }).click();
    if (review.status === "VERIFIED") {
      // A verdict with no evidence needs the editor to say so (the evidence ledger's rule).
      await page.getByLabel("Verify without evidence").check();
      await page.getByRole("button", { name: "Save review" }).click();
    }
    await expect(page.getByTestId("form-success")).toBeVisible();
    reviewed.push({ id, tone: review.tone });
  }

  await page.goto(articleUrl);
  for (const { id, tone } of reviewed) {
    await expect(body.locator(`[data-claim-ids="${id}"]`).first()).toHaveAttribute("data-tone", tone);
  }
  // Distinct colours for distinct states.
  const colours = new Set<string>();
  for (const tone of ["unreviewed", "in-review", "verified-true", "verified-false", "dismissed"]) {
    const mark = body.locator(`[data-tone="${tone}"]`).first();
    await expect(mark, `a ${tone} mark`).toBeVisible();
    colours.add(await mark.evaluate((el) => `${getComputedStyle(el).backgroundColor}|${getComputedStyle(el).borderBottomStyle}`));
  }
  expect(colours.size).toBe(5);
  // The legend names every state in words, with its count.
  const legend = page.getByTestId("tone-legend");
  // (Counts of at least one: other specs may review claims of this article too.)
  await expect(legend).toContainText(/Verified: false, mostly false or misleading \([1-9]\d*\)/);
  await expect(legend).toContainText(/Dismissed \([1-9]\d*\)/);
  await expect(legend).toContainText(/In review \([1-9]\d*\)/);
  await page.screenshot({ path: screenshotPath(test.info().project.outputDir, "article-review-states-desktop"), fullPage: true });

  // The side list narrows to one status; the text keeps every mark.
  const marksBefore = await body.locator(".claim-mark").count();
  await page.getByLabel("Status").selectOption("DISMISSED");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/status=DISMISSED/);
  await expect(page.getByTestId("claim-list").getByRole("link")).toHaveCount(1);
  await expect(page.getByTestId("side-filter-note")).toContainText("1 shown");
  expect(await body.locator(".claim-mark").count()).toBe(marksBefore);
});
