// D2: every way a callbackUrl could send the browser to another site after sign-in.
import { describe, expect, it } from "vitest";
import { isSameOriginPath, safeCallbackPath, safeRedirectUrl } from "@/lib/auth/callback-path";

const FALLBACK = "/articles";

// Each must land on this site. The first ten are the probe; the rest are more of the family.
const HOSTILE = [
  "/.//evil.example/",
  "/..//evil.example",
  "/a/..//evil.example",
  "/./\\evil.example",
  "/%2e//evil.example",
  "/%2E%2E//evil.example",
  "/a/%2e%2e//evil.example",
  "//evil.example",
  "/\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/.\\\\evil.example",
  "/./../\\evil.example",
  "///evil.example",
  "////evil.example/path",
  "/%09/evil.example",
  "http://evil.example",
  "https://evil.example/articles",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  " /\\evil.example",
  "evil.example",
  "",
  "/\u0000//evil.example",
  "/.%2f/evil.example",
];

describe("safeCallbackPath", () => {
  it.each(HOSTILE)("keeps %j on this site", (value) => {
    const path = safeCallbackPath(value);
    expect(path.startsWith("/")).toBe(true);
    expect(path.startsWith("//")).toBe(false);
    expect(path.startsWith("/\\")).toBe(false);
    // What a browser would do with it, relative to the desk:
    expect(new URL(path, "https://desk.example").host).toBe("desk.example");
  });

  it.each([
    ["/claims?status=VERIFIED&q=4%25", "/claims?status=VERIFIED&q=4%25"],
    ["/articles/abc123", "/articles/abc123"],
    ["/claims/x#review", "/claims/x#review"],
    ["/a/../claims", "/claims"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // an encoded slash is a path segment, not a host
  ])("keeps the ordinary path %j as %j", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it("falls back for non-strings and absurd lengths", () => {
    expect(safeCallbackPath(undefined)).toBe(FALLBACK);
    expect(safeCallbackPath(["/x"] as unknown as string)).toBe(FALLBACK);
    expect(safeCallbackPath("/" + "a".repeat(5_000))).toBe(FALLBACK);
  });
});

describe("isSameOriginPath", () => {
  it.each(["//x", "/\\x", "/\tx", "x", "http://x"])("refuses %j", (p) => expect(isSameOriginPath(p)).toBe(false));
  it("accepts a plain path", () => expect(isSameOriginPath("/claims?q=1")).toBe(true));
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  const base = "http://localhost:3000";
  it.each([...HOSTILE, "http://[", "http://%zz", "https://evil.example@localhost:3000/", "//localhost:3000@evil.example/"])(
    "never throws and stays on this origin for %j",
    (value) => {
      const result = safeRedirectUrl(value, base);
      expect(new URL(result).origin).toBe(base);
    },
  );
  it("keeps a same-origin absolute URL's path", () => {
    expect(safeRedirectUrl(`${base}/claims?q=x`, base)).toBe(`${base}/claims?q=x`);
    expect(safeRedirectUrl("/signin", base)).toBe(`${base}/signin`);
  });
});
