// The read API's OpenAPI 3.1 document, generated from the same zod schemas the routes validate
// with (zod 4's own z.toJSONSchema), so the documentation cannot drift from the checks.
import { z } from "zod";
import { importArticleSchema } from "@/lib/validation/article";
import { articleListQuerySchema, claimListQuerySchema, reportDownloadSchema } from "@/lib/validation/report-request";
import { reportScopeSchema } from "@/lib/validation/report-scope";
import { reportClaimSchema, reportDocumentSchema } from "@/lib/reports/report-claim";
import { REPORT_FORMAT_IDS } from "@/lib/reports/formats/ids";

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

/** Query parameters from an object schema: repeated parameters for arrays (explode). */
function queryParameters(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) && !("default" in property) ? true : false,
    ...(property.description ? { description: property.description } : {}),
    schema: property,
    ...(property.anyOf || property.type === "array" ? { style: "form", explode: true } : {}),
  }));
}

const output = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });

const errorSchema = {
  type: "object",
  properties: {
    ok: { const: false },
    code: { type: "string", enum: ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INVALID", "DATABASE_UNAVAILABLE", "DESK_BUSY", "INTERNAL"] },
    error: { type: "string" },
    fieldErrors: { type: "object", additionalProperties: { type: "string" } },
  },
  required: ["ok", "code", "error"],
};

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      {
        description: { 400: "Invalid input (fieldErrors names the fields)", 401: "No token, or a bad or revoked one", 403: "The token's role does not allow this", 404: "Not found" }[code],
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Claimdesk read API",
      version: "1.0.0",
      description:
        "Claims, articles and reports for newsroom systems. Authenticate with `Authorization: Bearer <token>`; admins create tokens at /admin/tokens. A token has a role: viewers read, editors also import.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API token (cdk_…)" } },
      schemas: { Claim: output(reportClaimSchema), Report: output(reportDocumentSchema), Error: errorSchema },
    },
    paths: {
      "/api/v1/claims": {
        get: {
          summary: "List claims of a scope (report order, keyset pages)",
          parameters: queryParameters(claimListQuerySchema),
          responses: {
            200: {
              description: "A page of claims; pass `next` as `after` for the next page (null on the last).",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { claims: { type: "array", items: { $ref: "#/components/schemas/Claim" } }, next: { type: ["string", "null"] } }, required: ["claims", "next"] },
                },
              },
            },
            ...errors(400, 401),
          },
        },
      },
      "/api/v1/claims/{id}": {
        get: {
          summary: "A claim with its review, evidence and cross-references",
          parameters: [idParameter],
          responses: { 200: { description: "The claim", content: { "application/json": { schema: { $ref: "#/components/schemas/Claim" } } } }, ...errors(401, 404) },
        },
      },
      "/api/v1/articles": {
        get: {
          summary: "Articles, newest imports first (keyset pages)",
          parameters: queryParameters(articleListQuerySchema),
          responses: { 200: { description: "A page of articles; pass `next` as `after`", content: { "application/json": { schema: { type: "object" } } } }, ...errors(400, 401) },
        },
        post: {
          summary: "Import an article (editor or admin token); claims are extracted as in the import form",
          requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(importArticleSchema, { io: "input", unrepresentable: "any" }) } } },
          responses: {
            201: {
              description: "Imported",
              content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" }, url: { type: "string" }, claimCount: { type: "integer" } } } } },
            },
            ...errors(400, 401, 403),
          },
        },
      },
      "/api/v1/articles/{id}": {
        get: {
          summary: "An article with its claims",
          parameters: [idParameter],
          responses: { 200: { description: "The article", content: { "application/json": { schema: { type: "object" } } } }, ...errors(401, 404) },
        },
      },
      "/api/v1/reports": {
        get: {
          summary: `A report in any format (${REPORT_FORMAT_IDS.join(", ")}), streamed`,
          parameters: queryParameters(reportDownloadSchema),
          responses: {
            200: {
              description: "The report file. json follows the Report schema; ndjson has one Claim per line; jsonld is schema.org ClaimReview.",
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/json": { schema: { $ref: "#/components/schemas/Report" } },
                "application/x-ndjson": { schema: { type: "string" } },
                "application/ld+json": { schema: { type: "object" } },
                "text/html": { schema: { type: "string" } },
                "application/pdf": { schema: { type: "string", format: "binary" } },
              },
            },
            400: { description: "Unknown format (the answer lists the formats) or invalid scope", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            ...errors(401),
          },
        },
      },
      "/api/v1/reports/check": {
        get: {
          summary: "Check the scope's ClaimReviews: problems per claim",
          parameters: queryParameters(reportScopeSchema),
          responses: { 200: { description: "Counts and the problems of the first 200 claims that have any", content: { "application/json": { schema: { type: "object" } } } }, ...errors(400, 401) },
        },
      },
    },
  };
}
