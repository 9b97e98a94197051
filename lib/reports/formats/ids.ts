// The report formats' ids, apart from their writers, so schemas can name them without loading PDFKit.
export const REPORT_FORMAT_IDS = ["csv", "json", "ndjson", "jsonld", "html", "pdf"] as const;
export type ReportFormatId = (typeof REPORT_FORMAT_IDS)[number];
