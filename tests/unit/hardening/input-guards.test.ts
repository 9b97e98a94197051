// D5, D6, D10 (CSV): the small guards every input and export goes through.
import { describe, expect, it } from "vitest";
import { isSafeText, toSafeText, unsafeTextReason, MAX_INT4 } from "@/lib/validation/safe-text";
import { importArticleSchema } from "@/lib/validation/article";
import { claimReviewSchema } from "@/lib/validation/claim-review";
import { claimFilterSchema } from "@/lib/validation/claim-filter";
import { signInSchema } from "@/lib/validation/sign-in";
import { escapeLike, containsPattern } from "@/lib/sql/escape-like";
import { jsonDepth, MAX_JSON_DEPTH } from "@/lib/extraction/parse/json-depth";
import { parseArticle, InvalidArticleError } from "@/lib/extraction";
import { neutralizeCell } from "@/lib/reports/neutralize-cell";

const article = { title: "T", author: "", outlet: "", publishedAt: "", url: "", body: "Body text." };
const review = { claimId: "c1", version: 1, status: "IN_REVIEW", verdict: "", note: "", evidenceUrl: "" };

describe("safe text", () => {
  it("refuses NUL and lone surrogates, keeps emoji, RTL marks and accents", () => {
    expect(unsafeTextReason("a\u0000b")).toMatch(/NUL/);
    expect(unsafeTextReason("a\uD800b")).toMatch(/broken character/);
    expect(unsafeTextReason("a\uDC00")).toMatch(/broken character/);
    expect(isSafeText("😀 \u202Eabc café")).toBe(true);
    expect(toSafeText("a\u0000b\uD800")).toBe("ab\uFFFD");
  });
});

describe("schemas refuse what the database cannot store, with a message", () => {
  it.each([
    ["title", { title: "a\u0000b" }, /NUL/],
    ["body", { body: "text \uD800 more" }, /broken character/],
    ["author", { author: "x\u0000" }, /NUL/],
    ["url", { url: "https://x.example/\u0000" }, /NUL/],
    ["publishedAt", { publishedAt: "0000-01-01" }, /between the years/],
    ["publishedAt", { publishedAt: "10000-01-01" }, /real date/],
  ])("import: %s", (field, patch, message) => {
    const result = importArticleSchema.safeParse({ ...article, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toMatch(message);
  });

  it.each([
    [{ version: 2_147_483_648 }, "version", /out of range/],
    [{ version: "2147483648" }, "version", /out of range/],
    [{ version: 1e308 }, "version", /./],
    [{ claimId: "c\u0000" }, "claimId", /not valid/],
    [{ claimId: "x".repeat(65) }, "claimId", /not valid/],
    [{ note: "n\u0000" }, "note", /NUL/],
  ])("review %j", (patch, field, message) => {
    const result = claimReviewSchema.safeParse({ ...review, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toMatch(message);
  });

  it("accepts the largest integer version", () => {
    expect(claimReviewSchema.parse({ ...review, version: MAX_INT4 }).version).toBe(MAX_INT4);
  });

  it("cleans a search instead of failing it", () => {
    // Nothing left to search for: no search at all (the list shows everything), never a 500.
    expect(claimFilterSchema.parse({ q: "\u0000" }).q).toBeUndefined();
    expect(claimFilterSchema.parse({ q: "4%\u0000" }).q).toBe("4%");
    expect(claimFilterSchema.parse({ articleId: "a\u0000" }).articleId).toBeUndefined();
  });

  it("bounds the password a sign-in may send", () => {
    expect(signInSchema.safeParse({ email: "a@b.example", password: "x".repeat(5_000_000) }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "a@b.example", password: "x".repeat(200) }).success).toBe(true);
  });
});

describe("LIKE escaping", () => {
  it("makes % _ and \\ literal", () => {
    expect(escapeLike("4%")).toBe("4\\%");
    expect(escapeLike("a_b\\c")).toBe("a\\_b\\\\c");
    expect(containsPattern("%")).toBe("%\\%%");
  });
});

describe("JSON depth", () => {
  it("counts nesting in one pass and ignores brackets inside strings", () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('{"a":"\\"{"}')).toBe(1);
    expect(jsonDepth("[".repeat(100_000))).toBe(MAX_JSON_DEPTH + 1);
  });

  it("refuses an article file nested 5,000 deep with a clear message (was a stack overflow)", () => {
    const deep = '{"title":"x","body":' + "[".repeat(5000) + '"a"' + "]".repeat(5000) + "}";
    expect(() => parseArticle(deep, { format: "json" })).toThrow(InvalidArticleError);
    expect(() => parseArticle(deep)).toThrow(/nests more than 64 levels/);
    expect(parseArticle('{"title":"T","body":"Acme sold 5 cars."}').title).toBe("T");
  });
});

describe("CSV cells", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠x", "\u200B=1", "\uFEFF=1", " =1", "\u00A0=1", "\u202E=1", "\u3000＝1"])(
    "neutralizes %j",
    (cell) => expect(neutralizeCell(cell)).toBe(`'${cell}`),
  );
  it.each(["plain", "1=1", "a-b", "e@mail"])("leaves %j alone", (cell) => expect(neutralizeCell(cell)).toBe(cell));
});
