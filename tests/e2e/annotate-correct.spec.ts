// Annotate and correct, through the real UI: notes on a seed article (its claims untouched), then on
// an article this spec imports itself: a missed claim, a split, the evidence ledger, the history,
// and a correction that moves one verified claim and orphans another.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { EDITOR, VIEWER, signIn } from "./helpers";

/** Selects `text` (its first occurrence in the article) by dragging the mouse across it. */
async function mouseSelect(page: Page, text: string) {
  const points = await page.getByTestId("article-body").evaluate((root, wanted) => {
    const at = (root.textContent ?? "").indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the article`);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const locate = (pos: number): [Node, number] => {
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (pos < seen + length) return [node, pos - seen];
        seen += length;
      }
      throw new Error("past the end");
    };
    const rectOf = (pos: number) => {
      walker.currentNode = root;
      const [node, offset] = locate(pos);
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getClientRects()[0]!;
    };
    // Mouse events only land on what the viewport shows.
    walker.currentNode = root;
    locate(at)[0].parentElement!.scrollIntoView({ block: "center", behavior: "instant" });
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, text);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId("selection-quote")).toHaveText(text);
}

async function openSeedArticle(page: Page) {
  // The list pages (other specs import many articles): search finds the seed wherever it is.
  await page.goto("/articles?q=Xiaomi");
  await page.getByRole("link", { name: /^Xiaomi Inc\. is looking to tap its international fan base/ }).click();
  await expect(page.getByTestId("article-body")).toBeVisible();
}

test("an editor annotates a passage of a seed article, a colleague's reply threads it, and it is resolved; a viewer reads it", async ({ page, browser }) => {
  await signIn(page, EDITOR);
  await openSeedArticle(page);
  const claimsBefore = await page.getByTestId("claim-list").getByRole("link").count();
  // A passage of plain text (not inside a claim), cut at word boundaries.
  const plain = await page.getByTestId("article-body").locator("span[data-start]").evaluateAll((spans) => {
    const text = spans.map((s) => s.textContent ?? "").find((t) => t.trim().split(/\s+/).length >= 6)!;
    return text.trim().split(/\s+/).slice(0, 4).join(" ");
  });
  const passage = `${plain}`;
  await mouseSelect(page, passage);
  await page.getByRole("button", { name: "Annotate" }).click();
  const note = `Ask the desk in Beijing about this — ${Date.now()}`;
  await page.getByLabel("Note (internal, never in reports)").fill(note);
  await page.getByRole("button", { name: "Save note" }).click();

  const thread = page.getByTestId("note-thread").filter({ hasText: note });
  await expect(thread).toBeVisible();
  await expect(thread.locator(".note-quote")).toHaveText(passage);
  await expect(page.getByTestId("article-body").locator(".note-mark").filter({ hasText: passage.split(" ")[0]! }).first()).toBeVisible();

  await thread.getByRole("button", { name: "Reply" }).click();
  await thread.getByRole("textbox", { name: "Reply" }).fill("Asked; they will call back.");
  await thread.getByRole("button", { name: "Send reply" }).click();
  await expect(thread.getByTestId("note-reply")).toContainText("Asked; they will call back.");
  await thread.getByRole("button", { name: "Resolve" }).click();
  await expect(thread.getByTestId("thread-resolved")).toHaveText("Resolved");
  await expect(thread.getByRole("button", { name: "Reopen" })).toBeVisible();
  // Annotating touched no claim.
  await expect(page.getByTestId("claim-list").getByRole("link")).toHaveCount(claimsBefore);

  // The annotations download as W3C Web Annotation JSON-LD.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download annotations (W3C JSON-LD)" }).click();
  const doc = JSON.parse(await readFile((await (await downloadPromise).path())!, "utf8"));
  const item = doc.first.items.find((i: { body: { value: string } }) => i.body.value === note);
  expect(item.target.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: passage });
  expect(item.target.selector[1].type).toBe("TextPositionSelector");

  // The keyboard selects too.
  await page.getByRole("button", { name: "Select with the keyboard" }).click();
  const body = page.getByTestId("article-body");
  await body.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 12; i++) await page.keyboard.press("Shift+ArrowRight");
  const opening = ((await body.textContent()) ?? "").slice(0, 12);
  await expect(page.getByTestId("selection-quote")).toHaveText(opening);

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, VIEWER);
  await openSeedArticle(viewer);
  await expect(viewer.getByTestId("note-thread").filter({ hasText: note })).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Annotate" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Reply" })).toHaveCount(0);
  await viewerContext.close();
});

test("editors add a missed claim, split one, keep an evidence ledger, and a correction re-anchors verified claims or orphans them", async ({ page }) => {
  const name = `Harbour${Math.random().toString(36).slice(2, 8)}`;
  const p1 = `${name} Ferries carried 3.4 million passengers in 2023, the operator said on Monday.`;
  const p2 = `Ticket revenue rose to $212 million, up 18 percent from a year earlier.`;
  const p3 = `The company plans to add four new vessels by 2026, chief executive Mara Lind said.`;
  const p4 = `Crossings were almost always full in summer, up from less than half a decade ago.`;
  await signIn(page, EDITOR, "/articles/new");
  await page.getByLabel("Headline").fill(`${name} ferries boom`);
  await page.getByLabel("Article text").fill([p1, p2, p3, p4].join("\n\n"));
  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name} ferries boom`);
  const articleUrl = page.url();

  // A claim the extractor missed, added from a selection.
  await mouseSelect(page, "up from less than half a decade ago");
  await page.getByRole("button", { name: "Add as claim" }).click();
  await page.getByLabel("Claim wording").fill("Summer crossings up from under half full a decade ago");
  await page.getByLabel("Claim type").selectOption("COMPARISON");
  await page.getByRole("button", { name: "Add claim" }).click();
  await page.getByTestId("claim-list").getByRole("link", { name: "Summer crossings up from under half full a decade ago" }).click();
  await expect(page.getByTestId("claim-origin")).toHaveText("Added by an editor");

  // Split a two-figure claim. It is added from the whole sentence first, so the test does not
  // depend on how the extractor divides that sentence between its own claims.
  await page.goto(articleUrl);
  await mouseSelect(page, p2);
  await page.getByRole("button", { name: "Add as claim" }).click();
  await page.getByLabel("Claim wording").fill("Ticket revenue $212 million, up 18%");
  await page.getByLabel("Claim type").selectOption("MONEY");
  await page.getByRole("button", { name: "Add claim" }).click();
  await page.getByTestId("claim-list").getByRole("link", { name: "Ticket revenue $212 million, up 18%" }).click();
  await expect(page.getByTestId("claim-text")).toContainText("$212 million");
  await page.getByText("Split into two claims").click();
  const at = await page.getByLabel("Second claim starts at").locator("option", { hasText: "| up 18 percent" }).getAttribute("value");
  await page.getByLabel("Second claim starts at").selectOption(at!);
  await page.getByLabel("Wording of the first claim").fill("Ticket revenue of $212 million");
  await page.getByLabel("Wording of the second claim").fill("Ticket revenue up 18% on a year earlier");
  await page.getByRole("button", { name: "Split claim" }).click();
  await expect(page.getByTestId("claim-text")).toHaveText("Ticket revenue of $212 million");
  await expect(page.getByTestId("claim-context").locator("mark")).toHaveText("Ticket revenue rose to $212 million");

  // Two evidence items, one edited.
  await page.getByRole("button", { name: "Add evidence" }).click();
  await page.getByLabel("Source URL").fill("https://port.example/annual-report-2023");
  await page.getByLabel("Title (optional)").fill("Annual report 2023");
  await page.getByLabel("Publisher (optional)").fill("Port Authority");
  await page.getByLabel("Quoted passage relied on (optional)").fill("Ticket revenue: $212.0m");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByTestId("evidence-item")).toHaveCount(1);
  await page.getByRole("button", { name: "Add evidence" }).click();
  await page.getByLabel("Source URL").fill("ftp://news.example/ferries");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByTestId("ev-new-url-error")).toContainText("http://");
  await page.getByLabel("Source URL").fill("https://news.example/ferries");
  await page.getByLabel("Title (optional)").fill("Ferry boom story");
  await page.getByLabel("Stance").selectOption("CONTEXT");
  await page.getByLabel("Strength").selectOption("SECONDARY");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByTestId("evidence-item")).toHaveCount(2);
  await page.getByTestId("evidence-item").filter({ hasText: "Ferry boom story" }).getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Title (optional)").fill("Ferry boom, local paper");
  await page.getByLabel("Strength").selectOption("WEAK");
  await page.getByRole("button", { name: "Save evidence" }).click();
  await expect(page.getByTestId("evidence-item").filter({ hasText: "Ferry boom, local paper" })).toContainText("Weak");

  await page.getByLabel("Status").selectOption("VERIFIED");
  await page.getByLabel("Verdict").selectOption("TRUE");
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Review saved.");
  const history = page.getByTestId("history");
  await expect(history).toContainText("Split: “Ticket revenue rose to $212 million, up 18 percent from a year earlier.”");
  await expect(history).toContainText("Evidence added: Annual report 2023 (supports, primary), by Demo Editor");
  await expect(history).toContainText("Evidence added: Ferry boom story (context, secondary)");
  await expect(history).toContainText("Evidence edited: Ferry boom, local paper (context, weak) — changed title, strength");
  await expect(history).toContainText("Status: Unreviewed → Verified; Verdict: none → True, by Demo Editor");
  const revenueUrl = page.url();

  // Verifying without evidence asks for confirmation.
  await page.goto(articleUrl);
  await page.getByTestId("claim-list").getByRole("link", { name: /vessels/ }).click();
  await expect(page.getByTestId("claim-text")).toContainText("vessels");
  const vesselsUrl = page.url();
  await page.getByLabel("Status").selectOption("VERIFIED");
  await page.getByLabel("Verdict").selectOption("MOSTLY_TRUE");
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByTestId("confirmNoEvidence-error")).toBeVisible();
  await page.getByLabel("Verify without evidence").check();
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Review saved.");

  // The outlet updated its story: a new opening paragraph, the vessels paragraph gone.
  await page.goto(articleUrl);
  await page.getByRole("link", { name: "Correct the text" }).click();
  const opening = `Update: ${name} now also runs a night service to the islands.`;
  await page.getByLabel("Corrected text").fill([opening, p1, p2, p4].join("\n\n"));
  await page.getByLabel("Reason (optional)").fill("Outlet updated the story");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page).toHaveURL(articleUrl);
  await expect(page.getByTestId("orphan-claim")).toContainText("vessels");

  await page.goto(revenueUrl);
  await expect(page.locator(".badges .verdict-true")).toHaveText("True");
  await expect(page.getByTestId("claim-context").locator("mark")).toHaveText("Ticket revenue rose to $212 million");
  await expect(page.getByTestId("claim-context")).toContainText(opening);
  await expect(page.getByTestId("evidence-item")).toHaveCount(2);

  await page.getByRole("link", { name: "Orphans" }).first().click();
  const orphan = page.getByTestId("orphan-claim").filter({ hasText: "vessels" }).filter({ hasText: `${name} ferries boom` });
  await expect(orphan).toContainText("verdict kept: mostly true");
  await orphan.getByRole("link", { name: /vessels/ }).click();
  await expect(page).toHaveURL(vesselsUrl);
  await expect(page.getByTestId("history")).toContainText("gone after a correction: now an orphan");

  // The earlier version and the diff.
  await page.goto(articleUrl);
  await page.getByRole("link", { name: "Versions (2)" }).click();
  const diff = page.getByTestId("version-diff");
  await expect(diff.locator("del")).toContainText(["four new vessels"]);
  await expect(diff.locator("ins").first()).toContainText("night service");
  await page.getByRole("link", { name: "Read" }).first().click();
  await expect(page.getByTestId("version-text")).toContainText(p3);
});
