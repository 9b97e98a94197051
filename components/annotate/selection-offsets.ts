// Turns a DOM selection inside the rendered article into UTF-16 offsets of the article body.
// The body is rendered as a flat run of segments, each one element with one text node and a
// data-start attribute (its offset in the body), so a DOM position maps to body offset directly.

export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

export function selectionIn(root: HTMLElement, body: string): TextSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOf(root, body, range.startContainer, range.startOffset);
  const end = offsetOf(root, body, range.endContainer, range.endOffset);
  if (start === null || end === null || start >= end) return null;
  const quote = body.slice(start, end);
  return quote.trim() === "" ? null : { start, end, quote };
}

function offsetOf(root: HTMLElement, body: string, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest<HTMLElement>("[data-start]");
    if (!segment || !root.contains(segment)) return null;
    return Number(segment.dataset.start) + offset;
  }
  if (node === root) {
    // A position between segments: the start of the segment after it, or the end of the body.
    const next = root.children[offset] as HTMLElement | undefined;
    return next?.dataset.start !== undefined ? Number(next.dataset.start) : body.length;
  }
  const segment = (node as Element).closest<HTMLElement>("[data-start]");
  if (!segment || !root.contains(segment)) return null;
  return Number(segment.dataset.start) + (offset === 0 ? 0 : (segment.textContent?.length ?? 0));
}
