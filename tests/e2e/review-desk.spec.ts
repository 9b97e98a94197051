// The review desk in Chromium: My queue reviewed by keyboard alone, shortcuts that stay out of the
// way while typing, the shortcut dialog, and bulk dismissal from the claims list. Every claim these
// tests change belongs to an article the test imports itself.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, EDITOR, signIn } from "./helpers";

const tag = () => Math.random().toString(36).slice(2, 8);

async function importArticle(page: Page, title: string, body: string): Promise<string> {
  await page.goto("/articles/new");
  await page.getByLabel("Headline").fill(title);
  await page.getByLabel("Article text").fill(body);
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new$)[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url().split("/").pop()!;
}

/** Four checkable sentences about a company nobody else writes about. */
function queueArticle(company: string) {
  return {
    title: `${company} Ferries carries record numbers`,
    body: [
      `${company} Ferries carried 3.4 million passengers in 2023, up 12 percent from 2022, the operator said on Friday.`,
      `The company spent $48 million on two new hybrid vessels last year.`,
      `${company} Ferries expects to carry 4 million passengers in 2025.`,
      `Its crossing between Harwick and Lunden is the busiest in the region, with 9,000 sailings a year.`,
    ].join("\n\n"),
    // Five claims, by the extractor as it is; the tests need at least four.
  };
}

/** Thirty claims: more than one page of the claims list (25). */
function longArticle(company: string) {
  const places = ["Ohio", "Texas", "Oregon", "Maine", "Utah", "Idaho", "Nevada", "Iowa", "Kansas", "Vermont", "Alaska", "Georgia", "Montana", "Florida", "Arizona"];
  const sentences = [...places, ...places].map(
    (place, i) => `${company} Freight moved ${(i + 2) * 1000 + 137} tonnes of grain through ${place} in ${1990 + i}, the company said.`,
  );
  return { title: `${company} Freight grain volumes by state`, body: sentences.join(" ") };
}

test("an editor reviews three claims from My queue with the keyboard alone", async ({ page }) => {
  // A new editor of our own, so nothing another test assigns can enter this queue.
  const id = tag();
  const editor = { email: `queue-${id}@claimdesk.test`, password: `queue-password-${id}`, name: `Queue Tester ${id}` };
  await signIn(page, ADMIN, "/admin/users");
  await page.getByLabel("Name").fill(editor.name);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Role").selectOption("EDITOR");
  await page.getByLabel("Initial password").fill(editor.password);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId("form-success")).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, editor);

  const company = `Kestrel${id}`;
  const article = queueArticle(company);
  await importArticle(page, article.title, article.body);

  // Assign the article's claims to me from the claims list (bulk, the header ticks the page).
  await page.goto(`/claims?q=${company}`);
  const total = Number((await page.getByTestId("claims-total").textContent())!.split(" ")[0]);
  expect(total).toBeGreaterThanOrEqual(3);
  await page.getByLabel("Select every claim on this page").check();
  await expect(page.getByTestId("bulk-count")).toHaveText(`${total} claims selected`);
  await expect(page.getByLabel("Assign to")).toHaveValue(/.+/);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByTestId("form-success")).toHaveText(`Assigned ${total} claims to you.`);

  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My queue" })).toHaveAttribute("href", "/queue");
  await page.goto("/queue");
  await expect(page.getByTestId("queue-count")).toContainText(`${total} open claims assigned to you`);
  await expect(page.getByTestId("queue-row")).toHaveCount(total);

  let keypresses = 0;
  const press = async (key: string) => {
    keypresses += 1;
    await page.keyboard.press(key);
  };
  const reviewed: string[] = [];
  let firstClaimKeys = 0;
  const verdicts = [
    { key: "2", value: "MOSTLY_TRUE", label: "Mostly true" },
    { key: "5", value: "FALSE", label: "False" },
    { key: "1", value: "TRUE", label: "True" },
  ];

  // From the queue: Enter opens the claim at the top.
  await expect(page.getByTestId("queue-table")).toHaveAttribute("data-keyboard-ready", "true");
  const top = (await page.getByTestId("queue-row").first().getByRole("link").first().textContent())!;
  await press("Enter");
  await expect(page.getByTestId("claim-text")).toHaveText(top);
  for (const [i, verdict] of verdicts.entries()) {
    await expect(page).toHaveURL(/\/claims\/[a-z0-9]+\?from=queue$/);
    const heading = page.getByTestId("claim-text");
    const text = (await heading.textContent())!;
    expect(reviewed).not.toContain(text);
    // Ready for keys once the form is live; the claim itself has the focus.
    await expect(page.getByLabel("Verdict")).toBeEnabled();
    await expect(heading).toBeFocused();
    if (i > 0) await expect(page.getByTestId("review-announcer")).toHaveText("Saved as verified. Next claim.");

    await press(verdict.key);
    await expect(page.getByLabel("Verdict")).toHaveValue(verdict.value);
    await expect(page.getByTestId("review-announcer")).toHaveText(`Verdict: ${verdict.label}.`);
    await press("v");
    // The claim has no evidence: the desk asks, and a second v verifies it without any.
    await expect(page.getByTestId("review-announcer")).toHaveText(/^This claim has no evidence yet\. Press v again/);
    await press("v");
    reviewed.push(text);
    if (i === 0) firstClaimKeys = keypresses;
    await expect(heading).not.toHaveText(text);
  }
  // Three claims reviewed: Enter opens the first, then 3 keys per claim (verdict, v, v to confirm
  // no evidence) — 4 for the first, 3 for each after it.
  expect(firstClaimKeys).toBe(4);
  expect(keypresses).toBe(1 + 3 * verdicts.length);

  await page.goto(`/claims?q=${company}&status=VERIFIED`);
  await expect(page.getByTestId("claims-total")).toHaveText("3 claims");
  for (const text of reviewed) await expect(page.getByRole("table").getByRole("link", { name: text, exact: true })).toBeVisible();
  await page.goto("/queue");
  const rows = page.getByTestId("queue-row");
  await expect(rows).toHaveCount(total - 3);
  expect(total - 3).toBeGreaterThanOrEqual(2);

  // On the queue itself: j selects, 4 chooses a verdict, v verifies in place and the next claim is selected.
  await expect(page.getByTestId("queue-table")).toHaveAttribute("data-keyboard-ready", "true");
  await page.keyboard.press("j");
  const next = (await rows.nth(1).getByRole("link").first().textContent())!;
  await page.keyboard.press("4");
  await expect(rows.first()).toContainText("Mostly false (not saved)");
  await page.keyboard.press("v");
  await expect(page.getByTestId("review-announcer")).toHaveText(/^This claim has no evidence yet\. Press v again/);
  await expect(rows).toHaveCount(total - 3);
  await page.keyboard.press("v");
  await expect(rows).toHaveCount(total - 4);
  await expect(page.getByTestId("review-announcer")).toHaveText(`Verified as Mostly false. Next: ${next}`);
  await expect(rows.first()).toHaveAttribute("aria-current", "true");
  await expect(rows.first().getByRole("link").first()).toBeFocused();
  await page.goto(`/claims?q=${company}&status=VERIFIED`);
  await expect(page.getByTestId("claims-total")).toHaveText("4 claims");
});

test("shortcuts never fire while typing; ? lists them; Esc leaves a field", async ({ page }) => {
  const company = `Marlin${tag()}`;
  await signIn(page, EDITOR);
  const article = queueArticle(company);
  const articleId = await importArticle(page, article.title, article.body);
  await page.getByTestId("claim-list").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9]+$/);
  const claimUrl = page.url();
  await expect(page.getByLabel("Verdict")).toBeEnabled();

  // n puts the focus in the finding; what is typed there stays text.
  await page.keyboard.press("n");
  const note = page.getByLabel("Finding (shown in reports)");
  await expect(note).toBeFocused();
  await page.keyboard.type("v2 d j k a ? e");
  await expect(note).toHaveValue("v2 d j k a ? e");
  await expect(page.getByLabel("Verdict")).toHaveValue("");
  await expect(page.getByTestId("shortcut-dialog")).not.toBeVisible();
  await expect(page.getByTestId("assignee")).toHaveText("nobody");
  expect(page.url()).toBe(claimUrl);

  // Esc leaves the field; e opens the evidence ledger's form at its URL, also a typing place.
  await page.keyboard.press("Escape");
  await expect(note).not.toBeFocused();
  await page.keyboard.press("e");
  const evidenceUrl = page.getByLabel("Source URL");
  await expect(evidenceUrl).toBeFocused();
  await page.keyboard.type("https://example.test/j");
  await expect(evidenceUrl).toHaveValue("https://example.test/j");
  await expect(page.getByLabel("Verdict")).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(evidenceUrl).not.toBeFocused();

  // Outside fields they work: a assigns the claim to me, 3 chooses a verdict.
  await page.keyboard.press("a");
  await expect(page.getByTestId("assignee")).toHaveText("you");
  await expect(page.getByTestId("review-announcer")).toHaveText("Assigned to you.");
  await page.keyboard.press("3");
  await expect(page.getByLabel("Verdict")).toHaveValue("MIXED");

  // ? shows every shortcut; Esc closes it; while it is open no other shortcut fires.
  await page.keyboard.press("Shift+?");
  const dialog = page.getByTestId("shortcut-dialog");
  await expect(dialog).toBeVisible();
  for (const keys of ["j / k", "1", "7", "v", "d", "a", "e", "n", "?"]) await expect(dialog.getByRole("rowheader", { name: keys, exact: true })).toBeVisible();
  await expect(dialog).toContainText("Verdict: Mostly true");
  await page.keyboard.press("j");
  expect(page.url()).toBe(claimUrl);
  await page.keyboard.press("Escape");
  await expect(dialog).not.toBeVisible();

  // The assignment moved the version on; the review saved after it is not refused as stale.
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Review saved.");
  // j goes on to the next claim of the article.
  await page.keyboard.press("j");
  await expect(page).not.toHaveURL(claimUrl);
  await expect(page.getByRole("link", { name: article.title })).toHaveAttribute("href", `/articles/${articleId}`);
});

test("bulk dismiss of a filtered selection: a shift-click range, then all matching", async ({ page }) => {
  const company = `Osprey${tag()}`;
  await signIn(page, EDITOR);
  const article = longArticle(company);
  await importArticle(page, article.title, article.body);

  await page.goto(`/claims?q=${company}`);
  const totalText = (await page.getByTestId("claims-total").textContent())!;
  const total = Number(totalText.split(" ")[0]);
  expect(total).toBeGreaterThan(25);

  // Tick the first row, shift-click the fourth: four rows ticked.
  const boxes = page.getByTestId("select-claim");
  const rowText = async (i: number) => (await page.getByRole("table").locator("tbody tr").nth(i).getByRole("link").first().textContent())!;
  const picked = [await rowText(0), await rowText(3)];
  await boxes.nth(0).check();
  await boxes.nth(3).click({ modifiers: ["Shift"] });
  await expect(page.getByTestId("bulk-count")).toHaveText("4 claims selected");
  for (const i of [0, 1, 2, 3]) await expect(boxes.nth(i)).toBeChecked();
  await expect(boxes.nth(4)).not.toBeChecked();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Dismissed 4 claims.");

  await page.goto(`/claims?q=${company}&status=DISMISSED`);
  await expect(page.getByTestId("claims-total")).toHaveText("4 claims");
  for (const text of picked) await expect(page.getByRole("table").getByRole("link", { name: text, exact: true })).toBeVisible();

  // All the rest, through "all matching" on the unreviewed filter (more than a page).
  await page.goto(`/claims?q=${company}&status=UNREVIEWED`);
  const rest = total - 4;
  await expect(page.getByTestId("claims-total")).toHaveText(`${rest} claims`);
  await page.getByLabel("Select every claim on this page").check();
  await expect(page.getByTestId("bulk-count")).toHaveText("25 claims selected");
  await page.getByRole("button", { name: `Select all ${rest} claims matching this filter` }).click();
  await expect(page.getByTestId("bulk-count")).toHaveText(`All ${rest} claims matching this filter selected`);
  // A change to every matching claim asks first, naming the count; Cancel changes nothing.
  await page.getByRole("button", { name: "Dismiss", exact: true }).click();
  const question = page.getByRole("alertdialog");
  await expect(question).toContainText(`Dismiss: all ${rest} claims matching this filter?`);
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toBeHidden();
  await expect(page.getByTestId("form-success")).toBeHidden();
  await expect(page.getByTestId("bulk-count")).toHaveText(`All ${rest} claims matching this filter selected`);
  // Asked again, the confirm button has the focus: Enter confirms.
  await page.getByRole("button", { name: "Dismiss", exact: true }).click();
  await expect(page.getByRole("button", { name: `Dismiss: ${rest} claims` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("form-success")).toHaveText(`Dismissed ${rest} claims.`);
  await expect(page.getByText("No claims match these filters.")).toBeVisible();

  await page.goto(`/claims?q=${company}&status=DISMISSED`);
  await expect(page.getByTestId("claims-total")).toHaveText(`${total} claims`);
});
