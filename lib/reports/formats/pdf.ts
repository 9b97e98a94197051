// The printable report as a PDF made on the server with PDFKit (no browser): the same cover and
// per-article layout as the HTML page. PDFKit writes each page out when the next one starts
// (bufferPages off), so chunks are passed on batch by batch and memory stays flat.
// Fonts: PDF's standard Helvetica and Times (built into every reader, shipped with PDFKit as
// metrics files): nothing is downloaded. They cover Latin-1 and typographic punctuation; other
// characters are written without accents or as "?" (see toWinAnsi).
import PDFDocument from "pdfkit";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";
import { describeScope } from "../describe-scope";
import { toReportClaim, type ReportClaim } from "../report-claim";
import type { FormatContext, ReportFormat } from "./format";

const INK = "#1c1e21";
const MUTED = "#5c6470";
const LINK = "#0b5cad";

export const pdfFormat: ReportFormat = {
  id: "pdf",
  label: "PDF",
  contentType: "application/pdf",
  extension: "pdf",
  needsCounts: true,
  async *render(batches, context) {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: 56, bottom: 56, left: 56, right: 56 },
      info: { Title: "Claims report", Author: toWinAnsi(context.config.publisherName), CreationDate: context.generatedAt },
    });
    let chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      doc.on("end", resolve);
      doc.on("error", reject);
    });
    const forgetting = forgetWrittenObjects(doc);
    // The stream hands chunks over on the next turn of the event loop; PDFKit writes many tiny
    // pieces, passed on as one buffer per batch.
    const drain = async function* () {
      await new Promise((resolve) => setImmediate(resolve));
      if (!chunks.length) return;
      const ready = chunks;
      chunks = [];
      yield Buffer.concat(ready);
    };

    cover(doc, context);
    yield* drain();
    let currentArticle: string | null = null;
    let any = false;
    for await (const rows of batches) {
      for (const row of rows) {
        const claim = toReportClaim(row, context.config);
        if (claim.article.id !== currentArticle) {
          articleHeader(doc, claim, currentArticle === null);
          currentArticle = claim.article.id;
        }
        claimBlock(doc, claim);
        any = true;
      }
      yield* drain();
    }
    if (!any) {
      doc.addPage();
      doc.font("Helvetica-Oblique").fontSize(11).fillColor(MUTED).text("No claims match this scope.");
    }
    forgetting.stop(); // the document's own closing objects refer to each other's contents
    doc.end();
    await ended.catch(() => undefined);
    yield* drain();
  },
};

type Doc = InstanceType<typeof PDFDocument>;

/**
 * PDFKit keeps every object it has written (page dictionaries, link annotations) in memory until
 * the end, about 8 MB per 1,000 claims. Once an object is written only its id is referred to, so
 * its contents are dropped: memory stays flat however long the report.
 */
function forgetWrittenObjects(doc: Doc) {
  const internal = doc as unknown as { _refEnd: (ref: { data: unknown; buffer: unknown }) => void };
  const refEnd = internal._refEnd.bind(doc);
  let active = true;
  internal._refEnd = (ref) => {
    refEnd(ref);
    if (!active) return;
    ref.data = {};
    ref.buffer = [];
  };
  return { stop: () => (active = false) };
}

function cover(doc: Doc, { config, scope, counts, generatedAt, scopeNames }: FormatContext) {
  doc.fillColor(MUTED).font("Helvetica").fontSize(10).text(toWinAnsi(`${config.publisherName} · Fact-check report`));
  doc.moveDown(0.3).fillColor(INK).font("Helvetica-Bold").fontSize(26).text("Claims report");
  doc.moveDown(0.2).fillColor(MUTED).font("Helvetica").fontSize(10).text(`Generated ${generatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`);
  heading(doc, "Scope");
  for (const line of describeScope(scope, scopeNames)) doc.font("Helvetica").fontSize(11).fillColor(INK).text(toWinAnsi(`• ${line}`));
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
  doc.fillColor(INK).font("Times-Bold").fontSize(16).text(toWinAnsi(c.article.title));
  const meta = [c.article.author, c.article.outlet, c.article.publishedAt].filter(Boolean).join(" · ") || "No author, outlet or date";
  doc.fillColor(MUTED).font("Helvetica").fontSize(9).text(toWinAnsi(meta));
  if (c.article.sourceUrl) doc.fillColor(LINK).text(toWinAnsi(c.article.sourceUrl), { link: c.article.sourceUrl });
  doc.moveDown(0.6);
}

function claimBlock(doc: Doc, c: ReportClaim) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
  doc.fillColor(INK).font("Helvetica-Bold").fontSize(11).text(toWinAnsi(c.claim), { link: c.url });
  doc.fillColor(MUTED).font("Times-Italic").fontSize(10).text(toWinAnsi(`“${c.quote}”${c.speaker ? ` — ${c.speaker}` : ""}`));
  const rating = [c.verdict ? `Verdict: ${c.verdict}` : null, `Status: ${c.status}`, c.reviewer ? `reviewed by ${c.reviewer}${c.reviewedAt ? ` on ${c.reviewedAt.slice(0, 10)}` : ""}` : null]
    .filter(Boolean)
    .join(" · ");
  doc.fillColor(INK).font("Helvetica").fontSize(10).text(toWinAnsi(rating));
  if (c.finding) doc.font("Helvetica").text(toWinAnsi(`Finding: ${c.finding}`));
  for (const e of c.evidence) {
    doc.font("Helvetica").fillColor(INK).text(toWinAnsi(`Evidence (${e.stance}): ${e.title ?? ""}`), { continued: true });
    doc.fillColor(LINK).text(toWinAnsi(` ${e.url}`), { link: e.url });
  }
  for (const x of c.crossReferences) {
    doc.fillColor(MUTED).font("Helvetica").fontSize(9).text(toWinAnsi(`${x.relation}: ${x.claim} (${[x.articleTitle, x.outlet, x.publishedAt].filter(Boolean).join(", ")})`), { link: x.claimUrl });
  }
  doc.fillColor(LINK).font("Helvetica").fontSize(8).text(toWinAnsi(c.url), { link: c.url });
  doc.moveDown(0.7);
}

// Characters PDF's standard fonts can show (WinAnsiEncoding beyond Latin-1).
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Text for the standard fonts: Latin-1 and typographic punctuation pass; accents are dropped from other letters; the rest becomes "?". */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) || ch === "\n") out += ch;
    else if (ch === "\t") out += " ";
    else {
      const base = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += base && [...base].every((b) => b.charCodeAt(0) < 0x7f) ? base : "?";
    }
  }
  return out;
}
