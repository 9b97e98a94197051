// JSON (one document: header, then the claims array, streamed) and NDJSON (one claim per line,
// for large exports and line-by-line readers). Both follow reportClaimSchema, version 1.
import { REPORT_SCHEMA_VERSION, toReportClaim } from "../report-claim";
import { scopeToSearchParams, searchParamsToObject } from "@/lib/validation/report-scope";
import type { ReportFormat } from "./format";

export const jsonFormat: ReportFormat = {
  id: "json",
  label: "JSON",
  contentType: "application/json; charset=utf-8",
  extension: "json",
  async *render(batches, { config, scope, generatedAt }) {
    const header = { schema: REPORT_SCHEMA_VERSION, generatedAt: generatedAt.toISOString(), scope: searchParamsToObject(scopeToSearchParams(scope)) };
    yield `${JSON.stringify(header).slice(0, -1)},"claims":[`;
    let first = true;
    for await (const rows of batches) {
      let chunk = "";
      for (const row of rows) {
        chunk += `${first ? "\n" : ",\n"}${JSON.stringify(toReportClaim(row, config))}`;
        first = false;
      }
      yield chunk;
    }
    yield "\n]}\n";
  },
};

export const ndjsonFormat: ReportFormat = {
  id: "ndjson",
  label: "NDJSON (one claim per line)",
  contentType: "application/x-ndjson; charset=utf-8",
  extension: "ndjson",
  async *render(batches, { config }) {
    for await (const rows of batches) {
      yield rows.map((row) => `${JSON.stringify(toReportClaim(row, config))}\n`).join("");
    }
  },
};
