// The printable report as a PDF made on the server with PDFKit (no browser), drawn in a thread of
// its own (lib/reports/pdf): the same cover and per-article layout as the HTML page.
import { renderPdfInThread } from "../pdf/render-pdf-in-thread";
import type { ReportFormat } from "./format";

export const pdfFormat: ReportFormat = {
  id: "pdf",
  label: "PDF",
  contentType: "application/pdf",
  extension: "pdf",
  needsCounts: true,
  render: renderPdfInThread,
};
