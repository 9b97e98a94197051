// The printable report drawn with PDFKit (no browser): the same cover and per-article layout as
// the HTML page. PDFKit writes each page out when the next one starts (bufferPages off); its
// output is gathered into 64 kB chunks, each handed on before the next claim is drawn, so memory
// stays flat (see pdfkit-patches). Runs in the PDF thread (render-pdf-in-thread.ts); tests call it
// directly too.
import PDFDocument from "pdfkit";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";
import { describeScope } from "../describe-scope";
import { ChunkWriter } from "../chunk-writer";
import type { FormatContext } from "../formats/format";
import { claimsByArticle } from "../claims-by-article";
import type { ReportClaim } from "../report-claim";
import type { ReportRow } from "../report-row";
import { cacheWordWidths, type Doc, forgetWrittenObjects, inlineLinkActions, leanStandardFonts, reusePageBuffer, writeInto } from "./pdfkit-patches";
import { fontForText, type PdfFontStyle } from "./pdf-text";

const INK = "#1c1e21";
const MUTED = "#5c6470";
const LINK = "#0b5cad";

export async function* drawPdf(batches: AsyncIterable<ReportRow[]>, context: FormatContext): AsyncGenerator<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: "Claims report", Author: context.config.publisherName, CreationDate: context.generatedAt },
    autoFirstPage: false,
    // PDFKit caches the layout of every word drawn in an embedded (DejaVu) font, without bound;
    // widths are cached, bounded, by cacheWordWidths.
    fontLayoutCache: false,
  });
  const out = new ChunkWriter();
  // The file header, written by the constructor, waits in PDFKit's stream: it comes first.
  const header = doc.read() as Uint8Array | null;
  if (header) out.bytes(header);
  writeInto(doc, out);
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  // Only the document's end still goes through PDFKit's stream: flowing, so that it ends.
  doc.on("data", (piece: Uint8Array) => out.bytes(piece));
  reusePageBuffer(doc);
  inlineLinkActions(doc);
  cacheWordWidths(doc);
  leanStandardFonts(doc);
  const forgetting = forgetWrittenObjects(doc);

  doc.addPage();
  cover(doc, context);
  // The file's start goes out at once: the client sees the report begin while the database sorts the scope.
  yield* out.flush();
  let any = false;
  for await (const { claim, opensArticle, first } of claimsByArticle(batches, context.config)) {
    if (opensArticle) articleHeader(doc, claim, first);
    claimBlock(doc, claim);
    any = true;
    // Each full 64 kB chunk waits for the client before the next claim is drawn.
    yield* out.take();
  }
  if (!any) {
    doc.addPage();
    doc.fontSize(11).fillColor(MUTED);
    write(doc, "Helvetica-Oblique", "No claims match this scope.");
  }
  forgetting.stop(); // the document's own closing objects refer to each other's contents
  doc.end();
  await ended.catch(() => undefined);
  yield* out.flush();
}

/** Text in `style`, or in its Unicode stand-in when the text needs one (pdf-text.ts). */
function write(doc: Doc, style: PdfFontStyle, text: string, options?: PDFKit.Mixins.TextOptions): Doc {
  return doc.text(fontForText(doc, style, text), options);
}

function cover(doc: Doc, { config, scope, counts, generatedAt, scopeNames }: FormatContext) {
  doc.fillColor(MUTED).fontSize(10);
  write(doc, "Helvetica", `${config.publisherName} · Fact-check report`);
  doc.moveDown(0.3).fillColor(INK).font("Helvetica-Bold").fontSize(26).text("Claims report");
  doc.moveDown(0.2).fillColor(MUTED).font("Helvetica").fontSize(10).text(`Generated ${generatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`);
  heading(doc, "Scope");
  for (const line of describeScope(scope, scopeNames)) write(doc.fontSize(11).fillColor(INK), "Helvetica", `• ${line}`);
  heading(doc, "Counts");
  const claims = counts?.claims ?? 0;
  const articles = counts?.articles ?? 0;
  doc.font("Helvetica-Bold").fontSize(12).text(`${claims} ${claims === 1 ? "claim" : "claims"} from ${articles} ${articles === 1 ? "article" : "articles"}`);
  doc.moveDown(0.4).font("Helvetica-Bold").fontSize(11).text("By verdict");
  const byVerdict = Object.entries(counts?.byVerdict ?? {}) as [Verdict, number][];
  if (!byVerdict.length) doc.font("Helvetica").text("No verdicts");
  for (const [verdict, n] of byVerdict) doc.font("Helvetica").text(`${VERDICT_LABELS[verdict]}: ${n}`);
  doc.moveDown(0.4).font("Helvetica-Bold").text("By status");
  for (const [status, n] of Object.entries(counts?.byStatus ?? {}) as [ClaimStatus, number][]) doc.font("Helvetica").text(`${STATUS_LABELS[status]}: ${n}`);
}

function heading(doc: Doc, text: string) {
  doc.moveDown(1).fillColor(INK).font("Helvetica-Bold").fontSize(14).text(text).moveDown(0.3);
}

function articleHeader(doc: Doc, c: ReportClaim, first: boolean) {
  if (first) doc.addPage();
  else doc.moveDown(1);
  if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
  write(doc.fillColor(INK).fontSize(16), "Times-Bold", c.article.title);
  const meta = [c.article.author, c.article.outlet, c.article.publishedAt].filter(Boolean).join(" · ") || "No author, outlet or date";
  write(doc.fillColor(MUTED).fontSize(9), "Helvetica", meta);
  if (c.article.sourceUrl) write(doc.fillColor(LINK), "Helvetica", c.article.sourceUrl, { link: c.article.sourceUrl });
  doc.moveDown(0.6);
}

function claimBlock(doc: Doc, c: ReportClaim) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
  write(doc.fillColor(INK).fontSize(11), "Helvetica-Bold", c.claim, { link: c.url });
  write(doc.fillColor(MUTED).fontSize(10), "Times-Italic", `“${c.quote}”${c.speaker ? ` — ${c.speaker}` : ""}`);
  const rating = [c.verdict ? `Verdict: ${c.verdict}` : null, `Status: ${c.status}`, c.reviewer ? `reviewed by ${c.reviewer}${c.reviewedAt ? ` on ${c.reviewedAt.slice(0, 10)}` : ""}` : null]
    .filter(Boolean)
    .join(" · ");
  write(doc.fillColor(INK), "Helvetica", rating);
  if (c.finding) write(doc, "Helvetica", `Finding: ${c.finding}`);
  for (const e of c.evidence) {
    write(doc.fillColor(INK), "Helvetica", `Evidence (${e.stance}): ${e.title ?? ""}`, { continued: true });
    write(doc.fillColor(LINK), "Helvetica", ` ${e.url}`, { link: e.url });
  }
  for (const x of c.crossReferences) {
    write(doc.fillColor(MUTED).fontSize(9), "Helvetica", `${x.relation}: ${x.claim} (${[x.articleTitle, x.outlet, x.publishedAt].filter(Boolean).join(", ")})`, { link: x.claimUrl });
  }
  write(doc.fillColor(LINK).fontSize(8), "Helvetica", c.url, { link: c.url });
  doc.moveDown(0.7);
}
