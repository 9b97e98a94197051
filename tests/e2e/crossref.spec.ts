// Cross-reference (issue 6) through the real UI: a figure conflict found at import and confirmed,
// entity pages across the seed articles, suggestions accepted and dismissed, the keyboard picker.
import { expect, test, type Page } from "@playwright/test";
import { EDITOR, signIn } from "./helpers";

const WSJ_HANDSETS = "Xiaomi expects to sell about 20 million handsets in 2013";

async function importArticle(page: Page, article: { title: string; date: string; body: string }) {
  await page.goto("/articles/new");
  await page.getByLabel("Headline").fill(article.title);
  await page.getByLabel("Outlet (optional)").fill("The Test Wire");
  await page.getByLabel("Published date (optional)").fill(article.date);
  await page.getByLabel("Article text").fill(article.body);
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
}

async function openClaim(page: Page, text: string | RegExp) {
  await page.getByTestId("claim-list").getByRole("link", { name: text }).first().click();
  await expect(page.getByTestId("claim-text")).toBeVisible();
}

const run = () => Math.random().toString(36).slice(2, 8);

test("an imported article with another 2013 handset figure shows the conflict; confirmed, both claims show the link", async ({ page }) => {
  await signIn(page, EDITOR);
  const ref = run();
  await importArticle(page, {
    title: `Handset makers' 2013 tallies (${ref})`,
    date: "2014-01-20",
    body: `Xiaomi sold 12.4 million handsets in 2013, according to tallies the research firm Canalys published on Monday (reference ${ref}).`,
  });
  const conflicts = page.getByTestId("article-conflicts");
  await expect(conflicts).toBeVisible();
  const card = conflicts.getByTestId("conflict").filter({ hasText: WSJ_HANDSETS });
  await expect(card).toContainText("Xiaomi sold 12.4 million handsets in 2013");
  await card.getByRole("button", { name: "Confirm: later updates earlier" }).click();
  // Confirmed, the conflict is no longer open: the page refreshes without it.
  await expect(card).toHaveCount(0);
  const articleUrl = page.url();

  // The newer claim updates the WSJ's; the WSJ claim is updated by it.
  await page.reload();
  await expect(page.getByTestId("claim-list").getByTestId("claim-linked").first()).toBeVisible();
  await openClaim(page, "Xiaomi sold 12.4 million handsets in 2013");
  const newerLinks = page.getByTestId("claim-links");
  await expect(newerLinks.getByTestId("claim-link").filter({ hasText: WSJ_HANDSETS })).toContainText("updates");
  await newerLinks.getByRole("link", { name: WSJ_HANDSETS }).click();
  await expect(page.getByTestId("claim-text")).toHaveText(WSJ_HANDSETS);
  const back = page.getByTestId("claim-links").getByTestId("claim-link").filter({ hasText: "Xiaomi sold 12.4 million handsets in 2013" });
  await expect(back).toContainText("updated by");

  // No longer open: the Conflicts page does not list it.
  await page.goto("/conflicts");
  await expect(page.getByTestId("conflict").filter({ hasText: "12.4 million" })).toHaveCount(0);
  await page.goto(articleUrl);
  await expect(page.getByTestId("article-conflicts")).toHaveCount(0);
});

test("the Hugo Barra entity page lists claims from both seed articles, by publication date", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.getByRole("link", { name: "Entities", exact: true }).click();
  await page.getByLabel("Name or alias").fill("barra");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("entities-table").getByRole("link", { name: "Hugo Barra" }).click();
  await expect(page.getByTestId("entity-name")).toHaveText("Hugo Barra");
  const timeline = page.getByTestId("entity-timeline");
  await expect(timeline).toContainText("Xiaomi Inc. is looking to tap its international fan base");
  await expect(timeline).toContainText("Xiaomi want to be part of everything that Google does");
  await expect(timeline).toContainText("Hugo Barra joined Xiaomi in October");
  // From a claim, the entity names link to their pages.
  await timeline.getByRole("link", { name: "Hugo Barra joined Xiaomi in October" }).click();
  await page.getByTestId("claim-entities").getByRole("link", { name: "Hugo Barra" }).click();
  await expect(page.getByTestId("entity-name")).toHaveText("Hugo Barra");
});

test("an editor accepts one suggestion and dismisses another; both survive a reload", async ({ page }) => {
  await signIn(page, EDITOR);
  const company = `Quorvex${run()}`;
  await importArticle(page, {
    title: `${company} robot sales`,
    date: "2021-02-01",
    body: `${company} Robotics sold 3 million vacuum robots in 2020, chief executive Lena Marsh said.\n\n${company} Robotics opened 40 stores in Spain in 2020.`,
  });
  await importArticle(page, {
    title: `${company} in filings`,
    date: "2021-06-01",
    body: `${company} Robotics sold 3 million vacuum robots in 2020, the company said in a filing.\n\n${company} Robotics opened 40 stores in Spain in 2020, Lena Marsh said.`,
  });
  await openClaim(page, /sold 3 million vacuum robots/);
  const suggestions = page.getByTestId("claim-suggestions");
  const robots = suggestions.getByTestId("claim-suggestion").filter({ hasText: "3 million vacuum robots" });
  const stores = suggestions.getByTestId("claim-suggestion").filter({ hasText: "40 stores" });
  await expect(robots).toHaveCount(1);
  await expect(stores).toHaveCount(1);

  await robots.getByLabel("Relation").selectOption("SAME_CLAIM");
  await robots.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByTestId("claim-links").getByTestId("claim-link").filter({ hasText: "3 million vacuum robots" })).toContainText("same claim as");
  await stores.getByRole("button", { name: "Dismiss" }).click();
  await expect(stores).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("claim-links").getByTestId("claim-link").filter({ hasText: "3 million vacuum robots" })).toBeVisible();
  await expect(page.getByTestId("claim-suggestion").filter({ hasText: "40 stores" })).toHaveCount(0);
  await expect(page.getByTestId("claim-suggestion").filter({ hasText: "3 million vacuum robots" })).toHaveCount(0);
});

test("the link picker works from the keyboard and answers a duplicate link next to the picker", async ({ page }) => {
  await signIn(page, EDITOR);
  const company = `Pellavo${run()}`;
  await importArticle(page, {
    title: `${company} ferry traffic`,
    date: "2019-02-01",
    body: `${company} Ferries carried 2.5 million passengers in 2018, the operator said.`,
  });
  await importArticle(page, {
    title: `${company} ferry traffic revised`,
    date: "2019-09-01",
    body: `${company} Ferries carried 2.7 million passengers in 2018, revised port statistics show.`,
  });
  await openClaim(page, /2.7 million passengers/);
  const picker = page.getByRole("form", { name: "Link to a claim in another article" });
  const box = picker.getByRole("combobox", { name: "Claim in another article" });

  async function pickAndLink() {
    await box.fill(`${company.toLowerCase()} passengers`);
    await expect(picker.getByRole("option").first()).toContainText("2.5 million passengers");
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(box).toHaveValue(/2.5 million passengers/);
    await picker.getByLabel("This claim…").focus();
    await page.keyboard.press("Tab"); // note
    await picker.getByLabel("This claim…").selectOption("UPDATES");
    await picker.getByRole("button", { name: "Link claims" }).press("Enter");
  }

  await pickAndLink();
  await expect(picker.getByTestId("form-success")).toHaveText("Linked.");
  await expect(page.getByTestId("claim-links").getByTestId("claim-link").filter({ hasText: "2.5 million passengers" })).toContainText("updates");

  await pickAndLink();
  await expect(picker.getByTestId("link-target-error")).toContainText("already linked");
});
