// Bulk import: a zip with the two seed files (already in the desk, so duplicates), one article
// written for this test, and one broken (binary) file shows its progress live, without a reload,
// and ends with the four right outcomes; the page shows the same after a reload.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import yazl from "yazl";
import { EDITOR, signIn } from "./helpers";

const SEEDS = ["000_ca394f141872c6d8.txt", "004_b2e365354e45b9e6.txt"];

function zipOf(files: Array<{ name: string; data: Buffer }>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const f of files) zip.addBuffer(f.data, f.name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
  });
}

test("a zip of two known seeds, a new article and a broken file ends as 2 duplicates, 1 import and 1 failure", async ({ page }) => {
  const company = `Quillon${Math.random().toString(36).slice(2, 8)}`;
  const article = [
    "---",
    `title: ${company} Ferries carries 3.4 million passengers`,
    "author: Dana Whitlock",
    "outlet: Harbour Ledger",
    "date: 2024-03-18",
    "---",
    "",
    `${company} Ferries carried 3.4 million passengers in 2023, up 12 percent from a year earlier, the operator said on Monday.`,
    "",
    `The company expects to spend about $140 million on four new hybrid vessels by 2026, chief executive Omar Haddad said.`,
  ].join("\n");
  const zip = await zipOf([
    ...SEEDS.map((name) => ({ name: `seeds/${name}`, data: readFileSync(path.join(process.cwd(), "seeds", name)) })),
    { name: "new/ferries.md", data: Buffer.from(article) },
    { name: "broken/scan.txt", data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x42]) },
  ]);

  await signIn(page, EDITOR, "/imports");
  await page.getByLabel(/Files to import/).setInputFiles({ name: "bundle.zip", mimeType: "application/zip", buffer: zip });
  await page.getByRole("button", { name: "Queue for import" }).click();
  await expect(page).toHaveURL(/\/imports\/[a-z0-9-]+$/);

  const entries = page.getByTestId("import-entry");
  await expect(entries).toHaveCount(4);
  const entry = (name: string) => entries.filter({ hasText: `bundle.zip › ${name}` });
  // The broken file is refused while the zip is read, so it has its reason from the start.
  await expect(entry("broken/scan.txt")).toHaveAttribute("data-status", "failed");
  await expect(entry("broken/scan.txt")).toContainText("Failed: The file looks binary");

  // The rest settle while the page polls: no reload.
  await expect(page.getByTestId("import-summary")).toHaveText("Done: 1 imported, 2 duplicate, 1 failed.", { timeout: 45_000 });
  for (const seed of SEEDS) {
    await expect(entry(`seeds/${seed}`)).toHaveAttribute("data-status", "duplicate");
    await expect(entry(`seeds/${seed}`)).toContainText("Duplicate of");
  }
  const imported = entry("new/ferries.md");
  await expect(imported).toHaveAttribute("data-status", "imported");
  await expect(imported).toContainText(/Imported with [1-9]\d* claims?/);

  // The state is in the database: a reload shows the same outcomes.
  await page.reload();
  await expect(page.getByTestId("import-summary")).toHaveText("Done: 1 imported, 2 duplicate, 1 failed.");

  // Each duplicate links to the article already in the desk; the import links to the new one.
  await entry(`seeds/${SEEDS[0]}`).getByRole("link").click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9]+$/);
  await page.goBack();
  await imported.getByRole("link", { name: `${company} Ferries carries 3.4 million passengers` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${company} Ferries carries 3.4 million passengers`);
  // (The extractor may find more than one claim in that sentence.)
  await expect(page.getByTestId("claim-list").getByRole("link", { name: /3\.4 million passengers/ }).first()).toBeVisible();
});

test("importing the same new article twice in one upload gives one article and one duplicate", async ({ page }) => {
  const company = `Brisket${Math.random().toString(36).slice(2, 8)}`;
  const text = `${company} Foods said on Friday it sold 2.5 million meal kits in 2023, up 30 percent from a year earlier.`;
  await signIn(page, EDITOR, "/imports");
  await page.getByLabel(/Files to import/).setInputFiles([
    { name: "one.txt", mimeType: "text/plain", buffer: Buffer.from(text) },
    { name: "two.txt", mimeType: "text/plain", buffer: Buffer.from(`${text}\n`) },
  ]);
  await page.getByRole("button", { name: "Queue for import" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("Done: 1 imported, 1 duplicate, 0 failed.", { timeout: 45_000 });
});
