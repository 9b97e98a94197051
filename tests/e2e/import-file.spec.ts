// Importing from a file: the parser fills the form with the file's metadata, the editor checks it
// and imports; a binary file gets a clear message and leaves the form alone.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { EDITOR, signIn } from "./helpers";

test.beforeEach(async ({ page }) => {
  await signIn(page, EDITOR, "/articles/new");
});

test("a Markdown file fills headline, byline, outlet, date and URL, and imports with its claims", async ({ page }) => {
  await page.getByLabel(/Load from a file/).setInputFiles(path.join(process.cwd(), "tests/fixtures/extraction/articles/markdown-payments.md"));
  await expect(page.getByTestId("file-notice")).toHaveText("Read markdown-payments.md (Markdown). Check the fields below, then import.");
  await expect(page.getByLabel("Headline")).toHaveValue("Paylane hits 10 million users in the Philippines");
  await expect(page.getByLabel("Author (optional)")).toHaveValue("Marco Reyes");
  await expect(page.getByLabel("Outlet (optional)")).toHaveValue("Manila Tech Daily");
  await expect(page.getByLabel("Published date (optional)")).toHaveValue("2015-06-09");
  await expect(page.getByLabel("Source URL (optional)")).toHaveValue("https://example.com/paylane-10-million");
  // Front matter and markup stay out of the body.
  await expect(page.getByLabel("Article text")).not.toHaveValue(/^---|\*By Marco Reyes\*/);

  await page.getByRole("button", { name: "Import and extract claims" }).click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paylane hits 10 million users in the Philippines");
  await expect(page.getByTestId("claim-list").getByRole("link", { name: /10 million registered users/ })).toBeVisible();
});

test("a binary file is refused with a message, and nothing is filled in", async ({ page }) => {
  await page.getByLabel(/Load from a file/).setInputFiles({ name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00]) });
  await expect(page.getByTestId("file-notice")).toContainText("photo.txt:");
  await expect(page.getByLabel("Headline")).toHaveValue("");
});
