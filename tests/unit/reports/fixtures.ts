// Report rows as the query returns them, for testing the formats without a database.
import type { ReportRow } from "@/lib/reports/report-row";
import { reportConfig } from "@/lib/reports/report-config";
import { EMPTY_SCOPE } from "@/lib/validation/report-scope";
import type { FormatContext } from "@/lib/reports/formats";

export function row(overrides: Partial<ReportRow> = {}): ReportRow {
  return {
    id: "claim1",
    start: 0,
    text: "Sales rose 40 percent in 2023",
    quote: "sales rose 40 percent in 2023",
    type: "PERCENTAGE",
    status: "VERIFIED",
    verdict: "MOSTLY_TRUE",
    finding: "The annual report says 38 percent.",
    speaker: "Jane Okafor",
    reviewedAt: new Date("2024-03-20T10:00:00Z"),
    reviewerName: "Demo Editor",
    entities: [{ text: "Acme", kind: "organization" }],
    articleId: "article1",
    articleTitle: "Acme sales soar",
    articleAuthor: "Sam Writer",
    outlet: "The Test Wire",
    publishedAt: new Date("2024-03-18T00:00:00Z"),
    articleUrl: "https://news.example/acme",
    evidence: [{ url: "https://example.test/report", title: "Annual report 2023", stance: "SUPPORTS" }],
    links: [],
    appearances: null,
    ...overrides,
  };
}

export const config = reportConfig({ REPORT_BASE_URL: "https://desk.paper.example", CLAIMREVIEW_PUBLISHER_NAME: "The Paper", CLAIMREVIEW_PUBLISHER_URL: "https://paper.example" });

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { config, scope: EMPTY_SCOPE, generatedAt: new Date("2024-04-01T12:00:00Z"), counts: null, validOnly: false, ...overrides };
}

export async function* batches(...groups: ReportRow[][]) {
  for (const group of groups) yield group;
}

export async function collect(chunks: AsyncIterable<string | Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
  return Buffer.concat(parts);
}
