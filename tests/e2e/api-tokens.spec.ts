// The read API with tokens: an admin creates named tokens (shown once), systems use them with the
// same roles as sessions, a revoked token is refused at once, and every endpoint refuses a missing
// or bad token (401, no detail) and a too-weak role (403).
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ADMIN, EDITOR, signIn } from "./helpers";

const READ_ENDPOINTS = [
  "/api/v1/claims",
  "/api/v1/claims/some-id",
  "/api/v1/articles",
  "/api/v1/articles/some-id",
  "/api/v1/reports?format=csv",
  "/api/v1/reports/check",
  "/api/reports?format=json",
  "/api/reports/check",
  "/api/reports/schema.json",
  "/api/openapi.json",
];

async function createToken(page: Page, name: string, role: "Viewer" | "Editor" | "Admin"): Promise<string> {
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("form-success")).toContainText("Copy it now");
  const secret = await page.getByTestId("new-token").inputValue();
  expect(secret).toMatch(/^cdk_[A-Za-z0-9_-]{40,}$/);
  await expect(page.getByTestId("token-list")).toContainText(name);
  return secret;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

function article(marker: string) {
  return {
    title: `Keldmoor ${marker} water utility cuts leaks`,
    author: "API Tester",
    outlet: "The API Wire",
    publishedAt: "2024-06-10",
    body: `Keldmoor ${marker} Water cut leakage by 18 percent in 2023, saving 4.2 billion litres, chief engineer Amara Osei said on Friday.\n\nThe utility plans to replace 300 kilometres of mains by 2027.`,
  };
}

async function expectUnauthorized(request: APIRequestContext, headers: Record<string, string>) {
  for (const path of READ_ENDPOINTS) {
    const response = await request.get(path, { headers, maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
    expect(await response.json(), path).toEqual({ ok: false, code: "UNAUTHENTICATED", error: headers.Authorization ? "Unauthorized" : expect.any(String) });
  }
  const post = await request.post("/api/v1/articles", { headers, data: article("nobody"), maxRedirects: 0 });
  expect(post.status()).toBe(401);
}

test("API tokens: created once-shown, used with their role, refused when missing, bad or revoked", async ({ page, request }) => {
  await signIn(page, ADMIN, "/admin/tokens");
  const suffix = Math.random().toString(36).slice(2, 8);
  const viewer = await createToken(page, `Viewer feed ${suffix}`, "Viewer");
  const editor = await createToken(page, `CMS sync ${suffix}`, "Editor");
  // The secret is not on the page after a reload: only its first characters are.
  await page.reload();
  await expect(page.getByTestId("token-list")).toContainText(viewer.slice(0, 10));
  await expect(page.locator("body")).not.toContainText(viewer);

  // Without a token, with a malformed one, with an unknown one: 401, no detail.
  await expectUnauthorized(request, {});
  await expectUnauthorized(request, { Authorization: "Bearer cdk_not-a-real-token" });
  await expectUnauthorized(request, { Authorization: "Basic dXNlcjpwYXNz" });

  // A viewer token reads everything and imports nothing.
  for (const path of ["/api/v1/claims?limit=2", "/api/v1/articles?limit=2", "/api/v1/reports?format=csv&status=VERIFIED", "/api/openapi.json"]) {
    expect((await request.get(path, { headers: bearer(viewer) })).status(), path).toBe(200);
  }
  const refused = await request.post("/api/v1/articles", { headers: bearer(viewer), data: article(suffix) });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ code: "FORBIDDEN" });

  // An editor token imports, with the import form's validation.
  const invalid = await request.post("/api/v1/articles", { headers: bearer(editor), data: { title: "", body: "" } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).fieldErrors).toMatchObject({ title: "Enter the headline", body: "Paste the article text" });
  const imported = await request.post("/api/v1/articles", { headers: bearer(editor), data: article(suffix) });
  expect(imported.status()).toBe(201);
  const { id, claimCount } = (await imported.json()) as { id: string; claimCount: number };
  expect(claimCount).toBeGreaterThanOrEqual(1);

  const read = await request.get(`/api/v1/articles/${id}`, { headers: bearer(viewer) });
  expect(read.status()).toBe(200);
  const body = (await read.json()) as { title: string; outlet: string; claims: { id: string; status: string }[] };
  expect(body).toMatchObject({ title: article(suffix).title, outlet: "The API Wire" });
  expect(body.claims.length).toBe(claimCount);

  const list = await request.get(`/api/v1/claims?articleId=${id}&limit=1`, { headers: bearer(viewer) });
  const page1 = (await list.json()) as { claims: { id: string; article: { id: string } }[]; next: string | null };
  expect(page1.claims).toHaveLength(1);
  expect(page1.claims[0]!.article.id).toBe(id);
  if (claimCount > 1) {
    expect(page1.next).toBeTruthy();
    const page2 = (await (await request.get(`/api/v1/claims?articleId=${id}&limit=1&after=${page1.next}`, { headers: bearer(viewer) })).json()) as typeof page1;
    expect(page2.claims[0]!.id).not.toBe(page1.claims[0]!.id);
  }
  const one = await request.get(`/api/v1/claims/${page1.claims[0]!.id}`, { headers: bearer(viewer) });
  expect(await one.json()).toMatchObject({ id: page1.claims[0]!.id, status: "Unreviewed", evidence: [], crossReferences: [] });
  expect((await request.get("/api/v1/claims/no-such-claim", { headers: bearer(viewer) })).status()).toBe(404);

  const unknownFormat = await request.get("/api/v1/reports?format=xlsx", { headers: bearer(viewer) });
  expect(unknownFormat.status()).toBe(400);
  expect(await unknownFormat.json()).toMatchObject({ formats: ["csv", "json", "ndjson", "jsonld", "html", "pdf"] });

  const openapi = (await (await request.get("/api/openapi.json", { headers: bearer(viewer) })).json()) as { openapi: string; paths: Record<string, unknown> };
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/api/v1/claims", "/api/v1/claims/{id}", "/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/reports"]));

  // Revoked: refused on the very next request.
  await page.getByRole("button", { name: `Revoke Viewer feed ${suffix}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(`Viewer feed ${suffix}`) })).toContainText("Revoked");
  const afterRevoke = await request.get("/api/v1/claims?limit=1", { headers: bearer(viewer) });
  expect(afterRevoke.status()).toBe(401);
  expect(await afterRevoke.json()).toEqual({ ok: false, code: "UNAUTHENTICATED", error: "Unauthorized" });
  expect((await request.get("/api/v1/claims?limit=1", { headers: bearer(editor) })).status()).toBe(200);
});

test("only admins manage tokens", async ({ page }) => {
  await signIn(page, EDITOR, "/admin/tokens");
  await expect(page.getByText("Only admins can manage API tokens.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
});
