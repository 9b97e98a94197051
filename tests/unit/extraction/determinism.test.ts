// The same text gives the same claims whatever the process read before: wink learns the words it
// has not seen, and a learned "Name's" was no longer split into "Name" + "'s".
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";

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
