// The printable report as a PDF made on the server with PDFKit (no browser): the same cover and
// per-article layout as the HTML page. PDFKit writes each page out when the next one starts
// (bufferPages off); its output is gathered into 64 kB chunks, each handed to the client before
// the next claim is drawn, so memory stays flat (see writeInto, reusePageBuffer, forgetWrittenObjects).
// Fonts: PDF's standard Helvetica and Times (built into every reader, shipped with PDFKit as
// metrics files): nothing is downloaded. They cover Latin-1 and typographic punctuation; other
// characters are written without accents or as "?" (see toWinAnsi).
import PDFDocument from "pdfkit";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import type { ClaimStatus, Verdict } from "@/lib/generated/prisma/enums";
import { describeScope } from "../describe-scope";
import { ChunkWriter } from "../chunk-writer";
import { toReportClaim, type ReportClaim } from "../report-claim";
import type { ReportRow } from "../report-row";
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
      autoFirstPage: false,
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
    let currentArticle: string | null = null;
    let any = false;
    for await (const rows of batches) {
      for (let i = 0; i < rows.length; i++) {
        const claim = toReportClaim(rows[i]!, context.config);
        // The batch lets go of each row once drawn, so rows die young instead of outliving the batch.
        (rows as (ReportRow | undefined)[])[i] = undefined;
        if (claim.article.id !== currentArticle) {
          articleHeader(doc, claim, currentArticle === null);
          currentArticle = claim.article.id;
        }
        claimBlock(doc, claim);
        any = true;
        // Each full 64 kB chunk waits for the client before the next claim is drawn.
        yield* out.take();
      }
    }
    if (!any) {
      doc.addPage();
      doc.font("Helvetica-Oblique").fontSize(11).fillColor(MUTED).text("No claims match this scope.");
    }
    forgetting.stop(); // the document's own closing objects refer to each other's contents
    doc.end();
    await ended.catch(() => undefined);
    yield* out.flush();
  },
};

type Doc = InstanceType<typeof PDFDocument>;

interface PdfInternals {
  _write: (data: string | Uint8Array) => void;
  _offset: number;
  _refEnd: (ref: { data: unknown; buffer: unknown }) => void;
  page: { content: PdfStreamRef };
}

interface PdfStreamRef {
  data: { Filter?: string; Length?: number };
  buffer: Uint8Array[] | Uint8Array;
  compress: boolean;
  write: (chunk: string | Uint8Array) => void;
  finalize: () => void;
}

/**
 * PDFKit turns every piece of the file ("12 0 obj", a dictionary, "endobj", each xref line) into
 * a Uint8Array of its own and pushes it through a Node stream. Written straight into the 64 kB
 * chunks instead, keeping PDFKit's byte offset (the cross-reference table points into the file
 * with it). Strings get the newline PDFKit adds; bytes (stream contents) are written as they are.
 */
function writeInto(doc: Doc, out: ChunkWriter) {
  const internal = doc as unknown as PdfInternals;
  internal._write = (data) => {
    internal._offset += typeof data === "string" ? out.latin1(data) + out.byte(0x0a) : out.bytes(data);
  };
}

/**
 * PDFKit keeps one Uint8Array per drawing instruction (colour, font, each line of text) on the
 * open page until the page ends: thousands of small objects that live long enough to reach V8's
 * old space, which then grows. The page's content is written into one buffer instead, reused
 * from page to page; PDFKit compresses it (one copy) when the page ends.
 */
function reusePageBuffer(doc: Doc) {
  const internal = doc as unknown as PdfInternals;
  let buffer = Buffer.allocUnsafe(64 * 1024);
  let used = 0;
  const ensure = (n: number) => {
    if (used + n <= buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(buffer.length * 2, used + n));
    buffer.copy(bigger, 0, 0, used);
    buffer = bigger;
  };
  doc.on("pageAdded", () => {
    const content = internal.page.content;
    const finalize = content.finalize.bind(content);
    content.write = (chunk) => {
      if (typeof chunk === "string") {
        ensure(chunk.length + 1);
        used += buffer.write(chunk, used, chunk.length, "latin1");
        buffer[used++] = 0x0a;
      } else {
        ensure(chunk.length);
        buffer.set(chunk, used);
        used += chunk.length;
      }
    };
    content.finalize = () => {
      if (used) {
        content.buffer = [buffer.subarray(0, used)];
        if (content.compress) content.data.Filter = "FlateDecode";
      }
      finalize(); // copies (and compresses) the content before the buffer is reused
      used = 0;
    };
  });
}

// Words are measured again and again (each line break tries them); more distinct words than this
// start the cache afresh, so it never grows with the report.
const WORD_WIDTH_CACHE = 20_000;
const CACHED_WORD_LENGTH = 40;

/**
 * PDFKit measures every word of every line by building arrays of glyph names, kerning keys
 * (a new string per pair of letters) and advances: most of the ~470 kB it allocated per claim.
 * The width of a word in a font at 1,000 points never changes, so short strings (words) are
 * measured once per font and scaled; the cache is bounded. Same formula as PDFKit's own
 * widthOfString (standard fonts take no OpenType features).
 */
function cacheWordWidths(doc: Doc) {
  type Font = { name: string; widthOfString: (text: string, size: number) => number };
  const internal = doc as unknown as { _font: Font; _fontSize: number; widthOfString: (text: string, options?: { horizontalScaling?: number; characterSpacing?: number }) => number };
  const widths = new Map<string, Map<string, number>>();
  let size = 0;
  internal.widthOfString = (text, options = {}) => {
    const font = internal._font;
    let width: number;
    if (text.length > CACHED_WORD_LENGTH) width = font.widthOfString(text, internal._fontSize);
    else {
      let perFont = widths.get(font.name);
      if (!perFont) widths.set(font.name, (perFont = new Map()));
      let unit = perFont.get(text);
      if (unit === undefined) {
        if (size >= WORD_WIDTH_CACHE) {
          widths.clear();
          widths.set(font.name, (perFont = new Map()));
          size = 0;
        }
        unit = font.widthOfString(text, 1000);
        perFont.set(text, unit);
        size++;
      }
      width = unit * (internal._fontSize / 1000); // PDFKit's own rounding
    }
    return ((width + (options.characterSpacing || 0) * (text.length - 1)) * (options.horizontalScaling || 100)) / 100;
  };
}

interface StandardFontLike {
  font: { kernPairs: object; characterToGlyph: (code: number) => string; encodeText: (text: string) => string[]; widthOfGlyph: (glyph: string) => number; getKernPair: (left: string, right: string) => number };
  encode: (text: string) => [string[], GlyphPosition[]];
  widthOfString: (text: string, size: number) => number;
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

// Distinct pairs of letters a font has placed; more start its table afresh (WinAnsi has ~65,000).
const POSITION_CACHE = 20_000;

/** Each standard font the document uses gets leanStandardFont once, when it is first chosen. */
function leanStandardFonts(doc: Doc) {
  const internal = doc as unknown as { font: (...args: unknown[]) => Doc; _font: StandardFontLike };
  const font = internal.font.bind(doc);
  const lean = new WeakSet<object>();
  internal.font = (...args) => {
    font(...args);
    const chosen = internal._font;
    if (!lean.has(chosen) && chosen.font && "kernPairs" in chosen.font) {
      leanStandardFont(chosen);
      lean.add(chosen);
    }
    return doc;
  };
}

/**
 * PDFKit lays out each line with a new hex string, glyph name, kerning key (a string made per
 * pair of letters) and position object per letter. A letter's code, width and kerning with the
 * next letter never change in a font: they are looked up once per pair and the same (read-only)
 * position objects are handed out again. Same results as PDFKit's (tests/unit/reports compare them).
 */
export function leanStandardFont(font: StandardFontLike) {
  const afm = font.font;
  const letters = new Map<number, { hex: string; glyph: string; width: number }>();
  let positions = new Map<number, GlyphPosition>();
  const letter = (code: number) => {
    let known = letters.get(code);
    if (!known) {
      const glyph = afm.characterToGlyph(code);
      known = { hex: afm.encodeText(String.fromCharCode(code))[0]!, glyph, width: afm.widthOfGlyph(glyph) };
      letters.set(code, known);
    }
    return known;
  };
  const position = (text: string, i: number) => {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    const key = code * 0x10001 + next + 1;
    let known = positions.get(key);
    if (!known) {
      if (positions.size >= POSITION_CACHE) positions = new Map();
      const { glyph, width } = letter(code);
      const kern = next < 0 ? 0 : afm.getKernPair(glyph, letter(next).glyph);
      known = { xAdvance: width + kern, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width };
      positions.set(key, known);
    }
    return known;
  };
  font.encode = (text) => {
    const encoded = new Array<string>(text.length);
    const placed = new Array<GlyphPosition>(text.length);
    for (let i = 0; i < text.length; i++) {
      encoded[i] = letter(text.charCodeAt(i)).hex;
      placed[i] = position(text, i);
    }
    return [encoded, placed];
  };
  font.widthOfString = (text, size) => {
    let width = 0;
    for (let i = 0; i < text.length; i++) width += position(text, i).xAdvance;
    return width * (size / 1000); // PDFKit's own rounding
  };
}

/**
 * A web link's action as a dictionary inside its annotation, where PDFKit makes it an object of
 * its own: half the objects per link (about five links a claim), so half the cross-reference
 * entries PDFKit must keep in memory until the end, and a smaller file.
 */
function inlineLinkActions(doc: Doc) {
  type Link = (x: number, y: number, w: number, h: number, url: string | number, options?: Record<string, unknown>) => Doc;
  const internal = doc as unknown as { link: Link; annotate: (x: number, y: number, w: number, h: number, options: Record<string, unknown>) => Doc };
  const link = internal.link.bind(doc);
  internal.link = (x, y, w, h, url, options = {}) =>
    typeof url === "string" && !options.structParent
      ? internal.annotate(x, y, w, h, { ...options, Subtype: "Link", A: { S: "URI", URI: new String(url) } })
      : link(x, y, w, h, url, options);
}

/**
 * PDFKit keeps every object it has written (page dictionaries, link annotations) in memory until
 * the end, about 8 MB per 1,000 claims. Once an object is written only its id is referred to, so
 * its contents are dropped: memory stays flat however long the report.
 */
function forgetWrittenObjects(doc: Doc) {
  const internal = doc as unknown as PdfInternals;
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
const WIN_ANSI_EXTRA_CHARS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const WIN_ANSI_EXTRA = new Set(WIN_ANSI_EXTRA_CHARS);
/** Text made only of what toWinAnsi lets through as it is (newlines, printable Latin-1, the extras). */
const WIN_ANSI_ONLY = new RegExp(`^[\\n\\x20-\\x7e\\xa0-\\xff${WIN_ANSI_EXTRA_CHARS}]*$`);

/** Text for the standard fonts: Latin-1 and typographic punctuation pass; accents are dropped from other letters; the rest becomes "?". */
export function toWinAnsi(text: string): string {
  // Most text is already all WinAnsi: returned as it is, without rebuilding it letter by letter.
  if (WIN_ANSI_ONLY.test(text)) return text;
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
