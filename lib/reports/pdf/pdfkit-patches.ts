// PDFKit made lean enough for a report of 100,000 claims: its output written straight into 64 kB
// chunks, one reused buffer per page, word widths and standard-font layout from tables instead of
// new objects per letter, link actions inline, written objects forgotten. Each patch replaces one
// PDFKit internal (pdfkit 0.20.2) and says why; the unit tests compare their results with PDFKit's.
import type PDFDocument from "pdfkit";
import type { ChunkWriter } from "../chunk-writer";

export type Doc = InstanceType<typeof PDFDocument>;

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
export function writeInto(doc: Doc, out: ChunkWriter) {
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
export function reusePageBuffer(doc: Doc) {
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
    // What PDFKit wrote before announcing the page — its flip of the y axis, without which every
    // page prints upside down and mirrored — comes first in the reused buffer.
    for (const piece of content.buffer as Uint8Array[]) {
      ensure(piece.length);
      buffer.set(piece, used);
      used += piece.length;
    }
    content.buffer = [];
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
export function cacheWordWidths(doc: Doc) {
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
export function leanStandardFonts(doc: Doc) {
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
export function inlineLinkActions(doc: Doc) {
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
export function forgetWrittenObjects(doc: Doc) {
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
