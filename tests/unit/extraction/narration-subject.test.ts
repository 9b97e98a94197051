// Issue 10, fifth pass: an undated narrated event is a claim only when a named party is its
// subject. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";

describe("an undated narration is a claim only when a named party does it", () => {
  it("a scene's plain past events give nothing, even beside a name", () => {
    const claims = extractClaims("David Pell was jailed for six years on Friday. His sister, in the front row of the gallery, covered her face with her hands.");
    expect(claims.map((c) => c.text)).toEqual(["David Pell was jailed for six years on Friday"]);
    expect(extractClaims("In Tervo's old town hall, volunteers piled donated blankets almost to the ceiling.")).toEqual([]);
  });

  it("a named party's undated act is still a claim", () => {
    expect(extractClaims("Brightwell Foods closed its packing plant in Emmerton.").length).toBe(1);
    expect(extractClaims("Last year the Ostrava Chamber named Tilde Marsh its exporter of the year.").length).toBe(1);
  });

  it("a dated scene event is still a claim", () => {
    expect(extractClaims("Volunteers sorted 400 donated coats on Sunday.").length).toBeGreaterThan(0);
  });
});
