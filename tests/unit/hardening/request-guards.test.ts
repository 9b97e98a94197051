// D9 and D10: server-action requests Next.js would answer with 500, and the CSP every page gets.
import { describe, expect, it } from "vitest";
import { foreignOrigin, malformedActionBody } from "@/lib/security/server-action-guard";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";

const action = (headers: Record<string, string>, body?: string) =>
  new Request("http://localhost:3000/claims/x", { method: "POST", headers: { "next-action": "abc", ...headers }, body });

describe("server-action guard", () => {
  it.each([
    [{ origin: "http://evil.example", host: "localhost:3000" }, 403],
    [{ origin: "null", host: "localhost:3000" }, 403],
    [{ origin: "http://[", host: "localhost:3000" }, 403],
    [{ origin: "http://localhost:3000", host: "localhost:3000" }, null],
    [{ origin: "https://desk.example", host: "127.0.0.1:3000", "x-forwarded-host": "desk.example" }, null],
    [{ host: "localhost:3000" }, null],
  ])("origin %j → %s", (headers, status) => {
    expect(foreignOrigin(new Headers(headers))?.status ?? null).toBe(status);
  });

  it.each([
    ["null", 400],
    ["not json", 400],
    ['{"a":1}', 400],
    ["", 400],
    ['[{"claimId":"x"}]', null],
    ['["$K1"]', null],
  ])("body %j → %s", async (body, status) => {
    expect((await malformedActionBody(action({ "content-type": "text/plain;charset=UTF-8" }, body)))?.status ?? null).toBe(status);
  });

  it("lets multipart bodies through to React's own decoder", async () => {
    expect(await malformedActionBody(action({ "content-type": "multipart/form-data; boundary=x" }, "--x--"))).toBeNull();
  });
});

describe("content security policy", () => {
  it("allows scripts only with this response's nonce, and nothing framed", () => {
    const nonce = createNonce();
    const csp = contentSecurityPolicy(nonce, { dev: false, https: true });
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(createNonce()).not.toBe(nonce);
  });
});
