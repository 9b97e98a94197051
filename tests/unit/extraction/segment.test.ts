import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/extraction/nlp";
import { segment } from "@/lib/extraction/segment";
import { extractClaims } from "@/lib/extraction";

describe("segment", () => {
  it("cuts a run of hundreds of tokens without sentence punctuation into clause-sized pieces that cover it", () => {
    const line = "Acme sales rose 5% to $3 million in 2020 and units grew by 1,200, ".repeat(60);
    const a = analyze(line);
    const segments = segment(a);
    expect(segments.length).toBeGreaterThan(5);
    for (const s of segments) expect(s.last - s.first).toBeLessThan(120);
    // Pieces follow each other and keep every word.
    const words = segments.reduce((n, s) => n + line.slice(s.start, s.end).split(/\s+/).filter(Boolean).length, 0);
    expect(words).toBe(line.split(/\s+/).filter(Boolean).length);
    // Claims from the pieces still point at the exact text.
    for (const c of extractClaims(line).slice(0, 20)) expect(line.slice(c.start, c.end)).toBe(c.quote);
  });
});
