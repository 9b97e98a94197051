// Issue 11 in the browser and over HTTP against the production build: CSP satisfied on every page,
// security headers, no open redirect, sessions that really end, sign-in throttling, no data before
// the session check on any method, and bad requests that get 4xx instead of 500.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, EDITOR, freshArticle, openFirstClaim, signIn } from "./helpers";

// Every page of the build without a parameter (from its own manifest, so new pages are covered).
const staticPages = Object.values(
  JSON.parse(readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>,
).filter((r) => !r.startsWith("/api/") && !r.includes("[") && !r.startsWith("/_"));

/** Records CSP violations (the browser's own event) and console errors for a page. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction("__reportCsp", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      ),
    );
  });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test.describe("content security policy", () => {
  test("no page logs a CSP violation, and scripts run (forms hydrate)", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/signin");
    // The form is disabled until React hydrates: enabled means the nonced scripts ran.
    await expect(page.getByLabel("Email")).toBeEnabled();
    await signIn(page, ADMIN);
    const article = freshArticle();
    await page.goto("/articles/new");
    await page.getByLabel("Headline").fill(article.title);
    await page.getByLabel("Article text").fill(article.body);
    await page.getByRole("button", { name: "Import and extract claims" }).click();
    await expect(page).toHaveURL(/\/articles\/[a-z0-9]+$/);
    const visited = [page.url()];
    for (const route of [...staticPages, "/claims?q=%25", "/no-such-page"]) {
      await page.goto(route);
      visited.push(route);
    }
    await page.goto("/claims");
    await openFirstClaim(page);
    await expect(page.getByRole("button", { name: "Save review" })).toBeEnabled();
    expect(violations, `visited ${visited.join(", ")}`).toEqual([]);
  });

  test("every response carries the policy with a fresh nonce, and the other headers", async ({ request }) => {
    const first = await request.get("/signin");
    const second = await request.get("/signin");
    const csp = first.headers()["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(second.headers()["content-security-policy"]).not.toBe(csp);
    expect(first.headers()["permissions-policy"]).toContain("camera=()");
    expect(first.headers()["cross-origin-opener-policy"]).toBe("same-origin");
    expect(first.headers()["strict-transport-security"]).toBeUndefined();
    const overHttps = await request.get("/signin", { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });
});

test.describe("open redirect after sign-in", () => {
  const variants = ["/.//evil.example/", "/..//evil.example", "/a/..//evil.example", "/./\\evil.example", "/%2e//evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example"];

  test("the sign-in form never sends the browser to another site", async ({ page }) => {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(variants[0]!)}`);
    await page.getByLabel("Email").fill(EDITOR.email);
    await page.getByLabel("Password").fill(EDITOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/articles$/);
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });

  test("a signed-in visit to /signin with any variant stays on this site", async ({ page }) => {
    await signIn(page, EDITOR);
    const host = new URL(page.url()).host;
    for (const v of variants) {
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(v)}`);
      expect(new URL(page.url()).host, v).toBe(host);
    }
  });
});

test.describe("sessions end on the server", () => {
  test("after sign-out the old cookie reads no page and no export", async ({ page, browser }) => {
    await signIn(page, EDITOR);
    const saved = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);

    const replay = await browser.newContext();
    await replay.addCookies(saved);
    const other = await replay.newPage();
    await other.goto("/articles");
    await expect(other).toHaveURL(/\/signin/);
    const exported = await replay.request.get("/api/export/claims", { maxRedirects: 0 });
    expect(exported.status()).toBe(401);
    const session = await replay.request.get("/api/auth/session");
    expect(await session.json()).toEqual({});
    await replay.close();
    // The account itself still signs in.
    await signIn(page, EDITOR);
  });

  test("repeated wrong passwords are throttled with 429 and a message saying how long to wait", async ({ browser }) => {
    // Its own address, so the lock cannot reach other tests signing in from this machine.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` } });
    const page = await context.newPage();
    const email = `nobody-${Date.now()}@claimdesk.test`;
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    const statuses: number[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/api/auth/callback/credentials")) statuses.push(r.status());
    });
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Password").fill(`wrong-${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("form-error")).toHaveText("That email and password do not match an account.");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    await page.getByLabel("Password").fill("wrong-again");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-error")).toHaveText(/Too many failed sign-ins for this account or from this address\. Try again in \d+ minutes\./);
    expect(statuses.at(-1)).toBe(429);
    await context.close();
  });
});

test.describe("no data before the session check", () => {
  test("POST, PUT and DELETE to a claim or article page redirect without its text, and existence does not show", async ({ page, playwright, baseURL }) => {
    await signIn(page, EDITOR);
    await page.goto("/claims");
    await openFirstClaim(page);
    const claimUrl = new URL(page.url()).pathname;
    const claimText = (await page.getByTestId("claim-text").textContent())!;
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const path of [claimUrl, "/claims/doesnotexist0000000000000", "/articles/doesnotexist0000000000000"]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const response = await anonymous.fetch(path, { method, form: { a: "1" }, maxRedirects: 0 });
        expect([303, 307], `${method} ${path}`).toContain(response.status());
        expect(response.headers()["location"]).toContain("/signin?callbackUrl=");
        const body = await response.text();
        expect(body).not.toContain(claimText);
        expect(body).not.toMatch(/not found/i);
      }
    }
    await anonymous.dispose();
  });
});

test.describe("bad requests are 4xx, not 500", () => {
  test("malformed server-action bodies, foreign origins, garbage cookies, unparseable callbackUrls", async ({ playwright, baseURL }) => {
    // Its own address and a made-up account: the failed sign-ins below must not lock anyone.
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` } });
    const nobody = `nobody-${Date.now()}@claimdesk.test`;
    for (const body of ["null", "not json", '{"a":1}']) {
      const r = await request.post("/articles/new", { headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" }, data: body, maxRedirects: 0 });
      expect(r.status(), body).toBe(400);
    }
    for (const origin of ["http://evil.example", "null", "http://["]) {
      const r = await request.post("/articles/new", { headers: { "Next-Action": "0".repeat(42), Origin: origin, "Content-Type": "text/plain;charset=UTF-8" }, data: "[]", maxRedirects: 0 });
      expect(r.status(), origin).toBe(403);
    }
    const garbage = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "next-auth.session-token=garbage.not.a.jwt" } });
    const page = await garbage.get("/articles", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect((await garbage.get("/api/auth/session")).status()).toBe(200);
    await garbage.dispose();

    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    for (const bad of ["http://[", "%zz", "//", "javascript:alert(1)", "/.//evil.example/"]) {
      const viaQuery = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(bad)}`, { maxRedirects: 0 });
      expect(viaQuery.status(), bad).toBeLessThan(500);
      const viaBody = await request.post("/api/auth/callback/credentials", {
        form: { csrfToken: csrf.csrfToken, email: nobody, password: "wrong-password", callbackUrl: bad, json: "true" },
        maxRedirects: 0,
      });
      expect(viaBody.status(), bad).toBeLessThan(500);
      const location = viaBody.headers()["location"] ?? ((await viaBody.json().catch(() => ({}))) as { url?: string }).url ?? "";
      if (location) expect(new URL(location, baseURL).host).toBe(new URL(baseURL!).host);
    }
    const viaCookie = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "next-auth.callback-url=http%3A%2F%2F%5B" } });
    expect((await viaCookie.get("/api/auth/signin", { maxRedirects: 0 })).status()).toBeLessThan(500);
    expect((await viaCookie.get("/api/auth/session")).status()).toBe(200);
    await viaCookie.dispose();
    await request.dispose();
  });

  test("NUL and broken characters in search and ids are answered, not 500s", async ({ page }) => {
    await signIn(page, EDITOR);
    for (const path of ["/claims?q=%00", "/claims?q=%ED%A0%80", "/claims?articleId=%00", "/claims/%00", "/articles/%00", `/claims/${"x".repeat(500)}`]) {
      const response = await page.goto(path);
      expect([200, 404], path).toContain(response!.status());
    }
  });
});
