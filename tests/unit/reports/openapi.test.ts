import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { reportJsonSchema } from "@/lib/reports/report-json-schema";

describe("OpenAPI document", () => {
  it("describes every read-API path with parameters generated from the routes' zod schemas", () => {
    const doc = openApiDocument("https://desk.example");
    expect(Object.keys(doc.paths).sort()).toEqual(
      ["/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/claims", "/api/v1/claims/{id}", "/api/v1/reports", "/api/v1/reports/check"].sort(),
    );
    const params = doc.paths["/api/v1/reports"].get.parameters.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(["format", "status", "verdict", "articleId", "outlet", "from", "to", "dateField", "reviewerId", "entity", "evidence", "validOnly"]));
    const format = doc.paths["/api/v1/reports"].get.parameters.find((p) => p.name === "format")!;
    expect(format.schema).toMatchObject({ enum: ["csv", "json", "ndjson", "jsonld", "html", "pdf"] });
    const body = doc.paths["/api/v1/articles"].post.requestBody.content["application/json"].schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(["title", "body", "author", "outlet", "publishedAt", "url"]));
    expect(body.required).toEqual(expect.arrayContaining(["title", "body"]));
  });

  it("publishes the JSON report's schema, versioned", () => {
    const schema = reportJsonSchema() as { properties: Record<string, { const?: string }>; $defs: Record<string, unknown> };
    expect(schema.properties.schema).toMatchObject({ const: "claimdesk.report/1" });
    expect(schema.$defs.claim).toBeTruthy();
  });
});
