// The same text gives the same claims whatever the process read before: wink learns the words it
// has not seen, and a learned "Name's" was no longer split into "Name" + "'s".
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { analyze } from "@/lib/extraction/nlp";

describe("extraction does not depend on what was read before", () => {
  it("a possessive name met at a sentence end earlier is still split later", () => {
    const article = "Talvora's shares jumped 31 percent to €9.40 in Brenn trading, while Quessant's fell 4 percent.";
    const fresh = extractClaims(article);
    // Teaches wink "Talvora's" and "Quessant's" as whole words, as an earlier article would.
    extractClaims("The deal was announced by Talvora's. The rival is Quessant's.");
    expect(extractClaims(article)).toEqual(fresh);
    expect(fresh.flatMap((c) => (c.entities ?? []).map((e) => e.text))).not.toContain("Quessant's");
  });
});

describe("a long-running process", () => {
  it("gives the same claims after the wink instance has been replaced many times", () => {
    const article = "Halcor's shares rose 31 percent to €13.05 on Monday. The Merrivale union, which represents about 5,600 attendants, said it would oppose the deal.";
    const before = extractClaims(article);
    // One instance reads 2,000 documents; thirty replacements is 60,000 short ones.
    for (let i = 0; i < 60_000; i++) analyze(`w${i}.`);
    expect(extractClaims(article)).toEqual(before);
  }, 60_000);
});
