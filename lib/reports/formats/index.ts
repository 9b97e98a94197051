// Every report format, by the id used in URLs (?format=csv).
import { csvFormat } from "./csv";
import type { ReportFormat } from "./format";
import { htmlFormat } from "./html";
import { jsonFormat, ndjsonFormat } from "./json";
import { jsonldFormat } from "./jsonld";
import { pdfFormat } from "./pdf";

export const REPORT_FORMATS = [csvFormat, jsonFormat, ndjsonFormat, jsonldFormat, htmlFormat, pdfFormat] as const;
import type { ReportFormatId } from "./ids";

export { REPORT_FORMAT_IDS, type ReportFormatId } from "./ids";

export function reportFormat(id: ReportFormatId): ReportFormat {
  return REPORT_FORMATS.find((f) => f.id === id)!;
}

export type { ReportFormat, FormatContext } from "./format";
