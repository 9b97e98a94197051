import { describe, expect, it } from "vitest";
import { reportScopeSchema, scopeFromListParams, scopeToSearchParams, searchParamsToObject } from "@/lib/validation/report-scope";
import { reportDownloadSchema } from "@/lib/validation/report-request";
import { scopeWhere } from "@/lib/reports/report-query";
import { toClaimReview } from "@/lib/reports/claim-review";
import { validateClaimReview, hasErrors } from "@/lib/reports/validate-claim-review";
import { reportConfig } from "@/lib/reports/report-config";
import { config, row } from "./fixtures";

describe("report scope", () => {
  it("takes repeated parameters as lists and round-trips through the URL", () => {
    const params = new URLSearchParams("status=VERIFIED&status=IN_REVIEW&verdict=FALSE&outlet=The+Wire&from=2024-01-01&to=2024-01-31&dateField=reviewed&evidence=1&q=sales");
    const scope = reportScopeSchema.parse(searchParamsToObject(params));
    expect(scope).toMatchObject({ status: ["VERIFIED", "IN_REVIEW"], verdict: ["FALSE"], outlet: ["The Wire"], dateField: "reviewed", evidence: true, q: "sales" });
    expect(reportScopeSchema.parse(searchParamsToObject(scopeToSearchParams(scope)))).toEqual(scope);
  });

  it("refuses a date range that ends before it starts, on the end date field", () => {
    const result = reportScopeSchema.safeParse({ from: "2024-05-01", to: "2024-04-30" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["to"], message: "The end date is before the start date" });
    expect(reportScopeSchema.safeParse({ from: "2024-02-30" }).error!.issues[0]!.path).toEqual(["from"]);
  });

  it("opens from the claims list's filter by parameter name, ignoring the list's own extras", () => {
    const scope = reportScopeSchema.parse(
      scopeFromListParams({ status: "VERIFIED", type: "MONEY", articleId: "a1", q: "budget", reviewer: "u1", evidence: "yes", links: "conflict", sort: "published", cursor: "x" }),
    );
    expect(scope).toMatchObject({ status: ["VERIFIED"], type: ["MONEY"], articleId: ["a1"], q: "budget", reviewerId: "u1", evidence: true });
    expect(reportScopeSchema.parse(scopeFromListParams({ evidence: "no" })).evidence).toBe(false);
  });

  it("lists the formats when the format is unknown", () => {
    const result = reportDownloadSchema.safeParse({ format: "docx" });
    expect(result.error!.issues[0]!.message).toBe("Unknown format. Formats: csv, json, ndjson, jsonld, html, pdf");
  });

  it("binds a fixed number of parameters however many articles are chosen", () => {
    const articleId = Array.from({ length: 500 }, (_, i) => `a${i}`);
    const { where, values } = scopeWhere(reportScopeSchema.parse({ articleId, status: ["VERIFIED", "DISMISSED"], q: "50%_off" }));
    expect(where).toContain(`c."status" IN ('VERIFIED'::"ClaimStatus", 'DISMISSED'::"ClaimStatus")`);
    expect(values).toEqual([articleId, "%50\\%\\_off%"]);
  });
});

describe("ClaimReview validator", () => {
  const problemsOf = (overrides: Parameters<typeof row>[0], cfg = config) => validateClaimReview(toClaimReview(row(overrides), cfg), cfg);

  it("passes a complete review", () => {
    expect(problemsOf({})).toEqual([]);
  });

  it("flags a rating stuffed into the claim, a missing verdict, an empty claim", () => {
    expect(problemsOf({ text: "False: the mayor doubled the budget", verdict: "FALSE" })).toContainEqual(expect.objectContaining({ severity: "error", field: "claimReviewed" }));
    expect(problemsOf({ text: "The mayor doubled the budget — mostly true", verdict: "MOSTLY_TRUE" })).toContainEqual(expect.objectContaining({ field: "claimReviewed" }));
    expect(problemsOf({ text: "True inflation fell to 2%", verdict: "TRUE" })).toEqual([]);
    expect(problemsOf({ verdict: null })).toContainEqual(expect.objectContaining({ severity: "error", field: "reviewRating" }));
    expect(problemsOf({ text: "  " })).toContainEqual(expect.objectContaining({ severity: "error", field: "claimReviewed" }));
  });

  it("requires the review URL on the publisher's domain (subdomains count)", () => {
    const offSite = reportConfig({ REPORT_BASE_URL: "http://localhost:3000", CLAIMREVIEW_PUBLISHER_URL: "https://paper.example" });
    const problems = problemsOf({}, offSite);
    expect(hasErrors(problems)).toBe(true);
    expect(problems).toContainEqual(expect.objectContaining({ field: "url" }));
    expect(hasErrors(problemsOf({}, config))).toBe(false);
  });

  it("warns about what is only recommended: who made the claim, when, where", () => {
    const problems = problemsOf({ speaker: null, outlet: null, articleAuthor: null, publishedAt: null });
    expect(hasErrors(problems)).toBe(false);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(["itemReviewed.author", "itemReviewed.datePublished"]));
  });
});
