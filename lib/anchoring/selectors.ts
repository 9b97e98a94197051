// W3C Web Annotation selectors for a span of an article body. Offsets are UTF-16 code units
// (what JavaScript strings and the DOM count), end exclusive: body.slice(start, end) === exact.
import { InvalidInputError } from "@/lib/errors";

/** How much context a TextQuoteSelector keeps either side of the quote. */
export const CONTEXT_CHARS = 32;

export interface TextAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** The anchor of body.slice(start, end), with its prefix and suffix context. */
export function anchorAt(body: string, start: number, end: number): TextAnchor {
  return {
    start,
    end,
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: body.slice(end, end + CONTEXT_CHARS),
  };
}

export const SELECTION_OUTSIDE_MESSAGE = "The selected passage is not inside the article's text. Select the passage again.";
export const SELECTION_MISMATCH_MESSAGE =
  "The selected passage does not match the article's text (it may have been corrected meanwhile). Reload the page and select it again.";

/**
 * Checks a selection sent by the browser against the stored body and returns its anchor: offsets
 * outside the body, or a quote that is not the text at those offsets (a forged or stale request),
 * are refused.
 */
export function verifySelection(body: string, selection: { start: number; end: number; quote: string }): TextAnchor {
  const { start, end, quote } = selection;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    throw new InvalidInputError(SELECTION_OUTSIDE_MESSAGE);
  }
  if (body.slice(start, end) !== quote) throw new InvalidInputError(SELECTION_MISMATCH_MESSAGE);
  if (quote.trim() === "") throw new InvalidInputError("Select some words, not only spaces.");
  return anchorAt(body, start, end);
}

export interface W3CTarget {
  source: string;
  selector: [
    { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
    { type: "TextPositionSelector"; start: number; end: number },
  ];
}

export function toW3CTarget(source: string, anchor: TextAnchor): W3CTarget {
  return {
    source,
    selector: [
      { type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
      { type: "TextPositionSelector", start: anchor.start, end: anchor.end },
    ],
  };
}

/** The anchor a W3C target describes (the inverse of toW3CTarget). */
export function fromW3CTarget(target: W3CTarget): TextAnchor {
  const quote = target.selector.find((s) => s.type === "TextQuoteSelector");
  const position = target.selector.find((s) => s.type === "TextPositionSelector");
  if (!quote || !position || quote.type !== "TextQuoteSelector" || position.type !== "TextPositionSelector") {
    throw new InvalidInputError("A target needs a TextQuoteSelector and a TextPositionSelector.");
  }
  return { start: position.start, end: position.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
}
