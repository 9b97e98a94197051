import { describe, expect, it } from "vitest";
import { relocator } from "@/lib/anchoring/reanchor";
import { anchorAt, fromW3CTarget, toW3CTarget, verifySelection, SELECTION_MISMATCH_MESSAGE, SELECTION_OUTSIDE_MESSAGE } from "@/lib/anchoring/selectors";

function anchorOf(body: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = body.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`no "${quote}" in the text`);
  return anchorAt(body, at, at + quote.length);
}

function relocate(oldBody: string, newBody: string, quote: string, occurrence = 0) {
  const result = relocator(oldBody, newBody).relocate(anchorOf(oldBody, quote, occurrence));
  return { ...result, text: "start" in result ? newBody.slice(result.start, result.end) : null };
}

const OLD = [
  "The port handled 4.2 million containers in 2023, its busiest year.",
  "Dock workers earned an average of $61,000, the union said.",
  "The harbour master expects 5 million containers by 2026.",
].join("\n\n");

describe("re-anchoring after a correction", () => {
  it("follows a passage that moved", () => {
    const moved = [OLD.split("\n\n")[2], "A new opening paragraph about the weather.", OLD.split("\n\n")[0], OLD.split("\n\n")[1]].join("\n\n");
    expect(relocate(OLD, moved, "4.2 million containers in 2023")).toMatchObject({ method: "exact", text: "4.2 million containers in 2023" });
  });

  it("finds a lightly edited passage by fuzzy match, and orphans a deleted one", () => {
    const edited = OLD.replace("an average of $61,000", "an average of $61,500").replace(/\n\nThe harbour master[^\n]+/, "");
    const moved = relocate(OLD, edited, "Dock workers earned an average of $61,000, the union said.");
    expect(moved).toMatchObject({ method: "fuzzy", text: "Dock workers earned an average of $61,500, the union said." });
    expect(relocate(OLD, edited, "The harbour master expects 5 million containers by 2026.")).toEqual({ method: "orphan", text: null });
  });

  it("tells duplicated passages apart by their context", () => {
    const body = "Sales rose 5 percent in March. Costs were flat. Sales rose 5 percent in June.";
    const corrected = "Intro. Sales rose 5 percent in March. Costs were flat. Sales rose 5 percent in June.";
    const second = relocate(body, corrected, "Sales rose 5 percent", 1);
    expect(second.method).toBe("context");
    expect(corrected.slice((second as { end: number }).end)).toBe(" in June.");
    const first = relocate(body, corrected, "Sales rose 5 percent", 0);
    expect(corrected.slice((first as { end: number }).end)).toBe(" in March. Costs were flat. Sales rose 5 percent in June.");
  });

  it("counts offsets in UTF-16 code units through non-ASCII text and emoji", () => {
    const body = "Café 🚀 launches: Zürich sold 3 000 tickets 🎟️ in März. Second line.";
    const corrected = "Neu 👋🏽 — Café 🚀 launches: Zürich sold 3 000 tickets 🎟️ in März. Second line.";
    const r = relocate(body, corrected, "Zürich sold 3 000 tickets 🎟️");
    expect(r).toMatchObject({ method: "exact", text: "Zürich sold 3 000 tickets 🎟️" });
    const edited = corrected.replace("3 000", "3 500");
    expect(relocate(body, edited, "Zürich sold 3 000 tickets 🎟️ in März")).toMatchObject({ method: "fuzzy", text: "Zürich sold 3 500 tickets 🎟️ in März" });
  });

  it("never cuts an emoji in half", () => {
    const body = "Rockets 🚀🚀 launched 12 times in 2024 from the coast.";
    const corrected = "Rockets 🚀 launched 14 times in 2024 from the east coast.";
    const r = relocate(body, corrected, "🚀 launched 12 times in 2024");
    expect(r.method).toBe("fuzzy");
    expect(r.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    expect(r.text).toContain("launched 14 times in 2024");
  });
});

describe("selectors", () => {
  const body = "Ünïcode 😀 text: the mayor said 40% of buses run late.";

  it("keeps about 32 characters of context and round-trips through a W3C target", () => {
    const anchor = anchorOf(body, "40% of buses");
    expect(anchor.prefix).toBe(body.slice(anchor.start - 32, anchor.start));
    expect(anchor.suffix).toBe(" run late.");
    const target = toW3CTarget("urn:x", anchor);
    expect(target.selector.map((s) => s.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
    expect(fromW3CTarget(JSON.parse(JSON.stringify(target)))).toEqual(anchor);
    expect(verifySelection(body, { start: anchor.start, end: anchor.end, quote: anchor.exact })).toEqual(anchor);
  });

  it("refuses a selection past the end of the text or whose quote does not match its offsets", () => {
    expect(() => verifySelection(body, { start: body.length - 3, end: body.length + 5, quote: "te." })).toThrow(SELECTION_OUTSIDE_MESSAGE);
    expect(() => verifySelection(body, { start: 0, end: 5, quote: "forged" })).toThrow(SELECTION_MISMATCH_MESSAGE);
  });
});
