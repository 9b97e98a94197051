import { describe, expect, it } from "vitest";
import { highlightSegments } from "@/lib/articles/highlight-segments";

describe("highlightSegments", () => {
  const body = "Sales rose 40% in 2023. Barra said more is coming.";

  it("reassembles the exact body and marks each claim at its offsets", () => {
    const segments = highlightSegments(body, [{ id: "a", start: 0, end: 23 }]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(segments[0]).toEqual({ text: "Sales rose 40% in 2023.", start: 0, claimIds: ["a"] });
    expect(segments[1]!.claimIds).toEqual([]);
  });

  it("splits overlapping claims into runs that name every covering claim", () => {
    const segments = highlightSegments(body, [
      { id: "a", start: 0, end: 23 },
      { id: "b", start: 11, end: 14 },
    ]);
    expect(segments.map((s) => [s.text, s.claimIds])).toEqual([
      ["Sales rose ", ["a"]],
      ["40%", ["a", "b"]],
      [" in 2023.", ["a"]],
      [" Barra said more is coming.", []],
    ]);
  });

  it("ignores spans that fall outside the body instead of corrupting it", () => {
    const segments = highlightSegments(body, [{ id: "x", start: 40, end: 400 }]);
    expect(segments).toEqual([{ text: body, start: 0, claimIds: [] }]);
  });
});
