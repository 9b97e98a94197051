// The JSON report's claim, version 1: the zod schema is the documentation (served as JSON Schema
// at /api/reports/schema.json and in the OpenAPI file) and the converter from a query row.
import { z } from "zod";
import { CLAIM_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import { articleDeskUrl, claimUrl, type ReportConfig } from "./report-config";
import { EVIDENCE_STANCE_LABELS, LINK_TYPE_LABELS } from "./report-labels";
import type { ReportRow } from "./report-row";

export const REPORT_SCHEMA_VERSION = "claimdesk.report/1";

const nullableString = z.string().nullable();

export const reportClaimSchema = z
  .object({
    schema: z.literal(REPORT_SCHEMA_VERSION).describe("Schema name and version of this record"),
    id: z.string().describe("Claim id in Claimdesk"),
    url: z.string().describe("Link back to the claim in Claimdesk"),
    claim: z.string().describe("The claim in short, self-contained words"),
    quote: z.string().describe("The exact words in the article"),
    type: z.string().describe("Kind of claim, in words (Quantity, Money, …)"),
    status: z.string().describe("Review status, in words"),
    verdict: nullableString.describe("Verdict, in words (True, Mostly true, …); null until verified"),
    verdictCode: nullableString.describe("The verdict as a stable code (TRUE, MOSTLY_TRUE, …)"),
    finding: nullableString.describe("The editor's finding"),
    speaker: nullableString.describe("Who made the claim, when the article attributes it"),
    reviewer: nullableString.describe("Editor who reviewed the claim"),
    reviewedAt: nullableString.describe("When the review was saved (ISO 8601, UTC)"),
    article: z.object({
      id: z.string(),
      url: z.string().describe("The article in Claimdesk"),
      title: z.string(),
      author: nullableString,
      outlet: nullableString,
      publishedAt: nullableString.describe("Publication date (YYYY-MM-DD)"),
      sourceUrl: nullableString.describe("The article on the publisher's site"),
    }),
    evidence: z.array(
      z.object({ url: z.string(), title: nullableString, stance: z.string().describe("Supports, Refutes or Context") }),
    ),
    crossReferences: z
      .array(
        z.object({
          relation: z.string().describe("Same claim, Supports, Contradicts, Updates (or 'is … by' for links made from the other claim)"),
          claimId: z.string(),
          claimUrl: z.string(),
          claim: z.string(),
          articleTitle: z.string(),
          outlet: nullableString,
          publishedAt: nullableString,
          articleUrl: nullableString,
        }),
      )
      .describe("Links to the same or related claims in other articles"),
    entities: z.array(z.object({ text: z.string(), kind: z.string() })).describe("People, organizations and places the claim mentions"),
  })
  .describe("One claim of a Claimdesk report");

export type ReportClaim = z.infer<typeof reportClaimSchema>;

/** The JSON document (format=json): the claims array is streamed between a header and the end. */
export const reportDocumentSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_VERSION),
  generatedAt: z.string(),
  scope: z.record(z.string(), z.union([z.string(), z.array(z.string())])).describe("The report's scope as URL parameters"),
  claims: z.array(reportClaimSchema),
});

export function toReportClaim(row: ReportRow, config: ReportConfig): ReportClaim {
  return {
    schema: REPORT_SCHEMA_VERSION,
    id: row.id,
    url: claimUrl(config, row.id),
    claim: row.text,
    quote: row.quote,
    type: CLAIM_TYPE_LABELS[row.type],
    status: STATUS_LABELS[row.status],
    verdict: row.verdict ? VERDICT_LABELS[row.verdict] : null,
    verdictCode: row.verdict,
    finding: row.finding,
    speaker: row.speaker,
    reviewer: row.reviewerName,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    article: {
      id: row.articleId,
      url: articleDeskUrl(config, row.articleId),
      title: row.articleTitle,
      author: row.articleAuthor,
      outlet: row.outlet,
      publishedAt: dayOf(row.publishedAt),
      sourceUrl: row.articleUrl,
    },
    evidence: row.evidence.map((e) => ({ url: e.url, title: e.title, stance: EVIDENCE_STANCE_LABELS[e.stance] ?? e.stance })),
    crossReferences: row.links.map((l) => ({
      relation: linkRelation(l.type, l.direction),
      claimId: l.claimId,
      claimUrl: claimUrl(config, l.claimId),
      claim: l.claimText,
      articleTitle: l.articleTitle,
      outlet: l.outlet,
      publishedAt: dayOf(l.publishedAt),
      articleUrl: l.articleUrl,
    })),
    entities: entitiesOf(row.entities),
  };
}

export function linkRelation(type: ReportRow["links"][number]["type"], direction: "from" | "to"): string {
  const label = LINK_TYPE_LABELS[type] ?? type;
  if (type === "SAME_CLAIM" || direction === "from") return label;
  return `${label} (from the other claim)`;
}

/** A calendar date (YYYY-MM-DD) from a Date or a timestamp string PostgreSQL's JSON wrote in UTC. */
export function dayOf(value: Date | string | null): string | null {
  if (!value) return null;
  return (typeof value === "string" ? value : value.toISOString()).slice(0, 10);
}

function entitiesOf(value: unknown): { text: string; kind: string }[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is { text: string; kind?: unknown } => typeof e === "object" && e !== null && typeof (e as { text?: unknown }).text === "string")
    .map((e) => ({ text: e.text, kind: typeof e.kind === "string" ? e.kind : "other" }));
}
