// Every page, route handler and server action refuses a request without a session. The lists
// come from the production build's own manifests, so a new route is covered without editing this.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { EDITOR, openFirstClaim, signIn, VIEWER } from "./helpers";

const nextDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
const appRoutes = Object.values(
  JSON.parse(readFileSync(path.join(nextDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>,
);
const PUBLIC = new Set(["/signin", "/_not-found", "/_global-error"]);
const pages = appRoutes.filter((r) => !r.startsWith("/api/") && !PUBLIC.has(r)).map((r) => r.replace(/\[[^\]]+\]/g, "some-id"));
const apiRoutes = appRoutes.filter((r) => r.startsWith("/api/") && !r.startsWith("/api/auth/"));

const actions = Object.entries(
  (JSON.parse(readFileSync(path.join(nextDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  }).node,
).map(([id, entry]) => ({ id, name: `${entry.filename}#${entry.exportedName}` }));
const actionIds = actions.map((a) => a.id);

/** Calls a server action the way the browser does, with arguments that would pass validation. */
async function callAction(request: APIRequestContext, id: string): Promise<string> {
  const response = await request.post("/articles", {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([
      {
        title: "x",
        body: "Sold 5 million units in 2020.",
        claimId: "x",
        version: 1,
        status: "VERIFIED",
        verdict: "TRUE",
        email: "someone@example.test",
        name: "n",
        role: "ADMIN",
        password: "123456789012",
      },
    ]),
    maxRedirects: 0,
  });
  return response.text();
}

test.describe("without a session", () => {
  test("the build has the pages, route handlers and actions this test expects to check", () => {
    expect(pages).toEqual(expect.arrayContaining(["/articles", "/articles/some-id", "/articles/new", "/claims", "/claims/some-id", "/admin/users"]));
    expect(apiRoutes).toContain("/api/export/claims");
    expect(actionIds.length).toBeGreaterThanOrEqual(3);
  });

  for (const route of pages) {
    test(`page ${route} redirects to sign-in, keeping its address`, async ({ page }) => {
      await page.goto(`${route}?from=link`);
      const expected = new URL("/signin", page.url());
      expected.searchParams.set("callbackUrl", `${route}?from=link`);
      await expect(page).toHaveURL(expected.toString());
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    });
  }

  for (const route of apiRoutes) {
    test(`route ${route} answers 401`, async ({ request }) => {
      for (const method of ["GET", "POST"] as const) {
        const response = await request.fetch(route, { method, maxRedirects: 0 });
        expect([401, 405]).toContain(response.status());
        if (method === "GET") expect(await response.json()).toMatchObject({ code: "UNAUTHENTICATED" });
      }
    });
  }

  test("every server action refuses to run", async ({ request }) => {
    for (const action of actions) {
      const text = await callAction(request, action.id);
      expect(text, action.name).toContain("UNAUTHENTICATED");
      expect(text, action.name).not.toContain('"ok":true');
    }
  });
});

test("after signing in from a deep link, the editor lands on that link", async ({ page }) => {
  await page.goto("/claims?status=UNREVIEWED&type=MONEY");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/claims\?status=UNREVIEWED&type=MONEY$/);
  await expect(page.getByLabel("Type")).toHaveValue("MONEY");
});

test("a wrong password gets one message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("That email and password do not match an account.");

  await page.getByLabel("Email").fill("nobody@claimdesk.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("That email and password do not match an account.");
  await expect(page).toHaveURL(/\/signin/);
});

test("a signed-in viewer cannot run any server action, and an editor cannot run the admin ones", async ({ page }) => {
  await signIn(page, VIEWER);
  for (const action of actions) {
    expect(await callAction(page.request, action.id), action.name).toContain("FORBIDDEN");
  }
  await page.context().clearCookies();
  await signIn(page, EDITOR);
  const adminActions = actions.filter((a) => a.name.includes("/admin/"));
  expect(adminActions.map((a) => a.name).sort()).toEqual(
    [
      "app/(desk)/admin/tokens/actions.ts#createApiTokenAction",
      "app/(desk)/admin/tokens/actions.ts#revokeApiTokenAction",
      "app/(desk)/admin/users/actions.ts#createUserAction",
    ].sort(),
  );
  for (const action of adminActions) {
    expect(await callAction(page.request, action.id), action.name).toContain("FORBIDDEN");
  }
});

test("a viewer can read claims but gets no review form, no import and no user admin", async ({ page }) => {
  await signIn(page, VIEWER);
  await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  await page.goto("/claims");
  await openFirstClaim(page);
  await expect(page.getByRole("button", { name: "Save review" })).toHaveCount(0);
  await expect(page.getByText("Viewers can read reviews but not change them.")).toBeVisible();
  await page.goto("/articles/new");
  await expect(page.getByText("Viewers can read the desk but not import articles.")).toBeVisible();
  await page.goto("/admin/users");
  await expect(page.getByText("Only admins can manage users.")).toBeVisible();
});
