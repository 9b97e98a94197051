// With the database unreachable, pages and sign-in say so plainly: no stack trace, no blank page.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { EDITOR, signIn } from "./helpers";
import { freePort } from "../../scripts/support/test-database";

let server: ChildProcess;
let base: string;

test.beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  // The same build and secret as the main server, but a database address where nothing listens.
  server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/claimdesk", NEXTAUTH_URL: base },
    stdio: "ignore",
  });
  await expect
    .poll(async () => (await fetch(`${base}/signin`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("a signed-in editor sees that the database is unreachable", async ({ page }) => {
  await signIn(page, EDITOR);
  for (const path of ["/articles", "/claims"]) {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole("heading", { name: "The database is not reachable" })).toBeVisible();
    await expect(page.getByTestId("error-page")).not.toContainText(/ECONNREFUSED|at .*\(|node_modules/);
  }
});

test("sign-in says the database is unreachable rather than blaming the password", async ({ page }) => {
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Claimdesk cannot reach its database right now. Try again in a moment.");
});
