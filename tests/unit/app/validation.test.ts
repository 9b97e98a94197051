import { describe, expect, it } from "vitest";
import { importArticleSchema, MAX_BODY_CHARS } from "@/lib/validation/article";
import { claimReviewSchema } from "@/lib/validation/claim-review";
import { claimFilterSchema } from "@/lib/validation/claim-filter";
import { zodFieldErrors } from "@/lib/actions/to-failure";

const valid = { title: "Headline", author: "", outlet: "", publishedAt: "", url: "", body: "Some text." };

function fieldErrors(input: unknown) {
  const result = importArticleSchema.safeParse(input);
  return result.success ? {} : zodFieldErrors(result.error);
}

describe("importArticleSchema", () => {
  it("turns empty optional fields into nulls", () => {
    expect(importArticleSchema.parse(valid)).toEqual({ ...valid, author: null, outlet: null, publishedAt: null, url: null });
  });

  it("asks for the headline and the text when they are empty or missing", () => {
    expect(fieldErrors({ ...valid, title: "  ", body: " \n " })).toEqual({ title: "Enter the headline", body: "Paste the article text" });
    expect(Object.keys(fieldErrors({}))).toEqual(expect.arrayContaining(["title", "body"]));
  });

  it("rejects dates that do not exist or are not YYYY-MM-DD", () => {
    for (const date of ["2013-02-30", "18/12/2013", "yesterday", "2013-13-01"]) {
      expect(fieldErrors({ ...valid, publishedAt: date }).publishedAt).toMatch(/real date/);
    }
    expect(importArticleSchema.parse({ ...valid, publishedAt: "2013-12-18" }).publishedAt).toBe("2013-12-18");
  });

  it("states the body limit and the actual length", () => {
    const error = fieldErrors({ ...valid, body: "x".repeat(MAX_BODY_CHARS + 1) }).body;
    expect(error).toContain("200,000 characters");
    expect(error).toContain("200,001");
    expect(fieldErrors({ ...valid, body: "x".repeat(MAX_BODY_CHARS) })).toEqual({});
  });

  it("accepts only web addresses as source URL", () => {
    expect(fieldErrors({ ...valid, url: "javascript:alert(1)" }).url).toMatch(/http/);
    expect(fieldErrors({ ...valid, url: "not a url" }).url).toMatch(/http/);
  });
});

describe("claimReviewSchema", () => {
  const base = { claimId: "c1", version: 3, status: "IN_REVIEW", verdict: "", note: "" };

  it("requires a verdict to mark a claim verified", () => {
    const result = claimReviewSchema.safeParse({ ...base, status: "VERIFIED" });
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error!).verdict).toMatch(/verdict/);
    expect(claimReviewSchema.parse({ ...base, status: "VERIFIED", verdict: "FALSE" }).verdict).toBe("FALSE");
  });

  it("reads the version from a hidden form field", () => {
    expect(claimReviewSchema.parse({ ...base, version: "4" }).version).toBe(4);
  });
});

describe("claimFilterSchema", () => {
  it("ignores unknown enum values and bad pages instead of failing the page", () => {
    const filter = claimFilterSchema.parse({ status: "NOPE", type: "MONEY", page: "-3", q: "  xiaomi ", sort: "sideways", articleId: "a b" });
    expect(filter).toMatchObject({ status: undefined, type: "MONEY", articleId: undefined, q: "xiaomi", sort: undefined });
    expect(filter).not.toHaveProperty("page");
  });
});
