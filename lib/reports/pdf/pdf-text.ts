// Text in the PDF's fonts. PDF's standard Helvetica and Times (built into every reader, no file to
// embed, the fast path for a 100,000-claim report) cover Latin-1 and typographic punctuation
// (WinAnsiEncoding). Text with any other letter — "Łódź", Greek, Cyrillic, Vietnamese — is drawn
// in DejaVu of the same style instead (TrueType files from the dejavu-fonts-ttf package, embedded
// as a subset of the glyphs used), so names print as written. Letters DejaVu lacks too (Chinese,
// Japanese, Korean: a CJK font is ~16 MB) print as "?".
import { createRequire } from "node:module";
import path from "node:path";
import type { Doc } from "./pdfkit-patches";

export type PdfFontStyle = "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique" | "Times-Bold" | "Times-Italic";

const UNICODE_FONT_FILES: Record<PdfFontStyle, string> = {
  Helvetica: "DejaVuSans.ttf",
  "Helvetica-Bold": "DejaVuSans-Bold.ttf",
  "Helvetica-Oblique": "DejaVuSans-Oblique.ttf",
  "Times-Bold": "DejaVuSerif-Bold.ttf",
  "Times-Italic": "DejaVuSerif-Italic.ttf",
};

// Characters the standard fonts can show beyond Latin-1 (WinAnsiEncoding).
const WIN_ANSI_EXTRA_CHARS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
/** Text made only of what the standard fonts show (newlines, printable Latin-1, the extras). */
const WIN_ANSI_ONLY = new RegExp(`^[\\n\\x20-\\x7e\\xa0-\\xff${WIN_ANSI_EXTRA_CHARS}]*$`);

export function isWinAnsi(text: string): boolean {
  return WIN_ANSI_ONLY.test(text);
}

/**
 * Sets the font for `text` in `style` and returns the text to draw: as it is in the standard font
 * when it is all WinAnsi, else in the DejaVu font of the same style (loaded once per document),
 * with tabs as spaces, other control characters dropped and letters DejaVu lacks as "?".
 */
export function fontForText(doc: Doc, style: PdfFontStyle, text: string): string {
  if (isWinAnsi(text)) {
    doc.font(style);
    return text;
  }
  const name = `Unicode-${style}`;
  const registered = doc as unknown as { _registeredFonts: Record<string, unknown> };
  if (!registered._registeredFonts[name]) doc.registerFont(name, unicodeFontFile(style));
  doc.font(name);
  const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint: (code: number) => boolean } } })._font.font;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "\n") out += ch;
    else if (ch === "\t") out += " ";
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else out += font.hasGlyphForCodePoint(code) ? ch : "?";
  }
  return out;
}

let fontDirectory: string | undefined;

/** The font file, found from the project root at run time (the package ships no code to import). */
export function unicodeFontFile(style: PdfFontStyle): string {
  fontDirectory ??= path.join(/* turbopackIgnore: true */ path.dirname(createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), "package.json")).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return path.join(/* turbopackIgnore: true */ fontDirectory, UNICODE_FONT_FILES[style]);
}
