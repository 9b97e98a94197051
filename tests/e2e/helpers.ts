import { expect, type Page } from "@playwright/test";

export { ADMIN, EDITOR, VIEWER } from "./accounts";

export async function signIn(page: Page, account: { email: string; password: string }, target = "/articles") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[?]/g, "\\?")}$`));
}

/** A fresh article nobody has imported before: a unique company name keeps runs independent. */
export function freshArticle() {
  const company = `Nimbus${Math.random().toString(36).slice(2, 8)}`;
  return {
    company,
    title: `${company} Motors doubles bus deliveries`,
    body: [
      `${company} Motors delivered 48,000 electric buses in 2023, twice as many as a year earlier, chief executive Jane Okafor said on Monday.`,
      `The company expects revenue of about $2.1 billion in 2024.`,
      `Fewer than ten percent of its buses are sold outside Europe, according to the company's annual report.`,
      `Okafor joined ${company} from Volvo in 2019.`,
    ].join("\n\n"),
  };
}

/** Opens the first claim of the claims list and waits for the claim page (not the list) to show. */
export async function openFirstClaim(page: Page) {
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9]+$/);
  await expect(page.getByTestId("claim-text")).toBeVisible();
}
