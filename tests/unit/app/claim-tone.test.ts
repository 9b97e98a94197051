import { describe, expect, it } from "vitest";
import { claimTone, reviewStateWords, strongestTone } from "@/lib/claims/claim-tone";

describe("claim tones on the article text", () => {
  it("tells review states and verdict directions apart", () => {
    expect(claimTone({ status: "UNREVIEWED", verdict: null })).toBe("unreviewed");
    expect(claimTone({ status: "IN_REVIEW", verdict: null })).toBe("in-review");
    expect(claimTone({ status: "DISMISSED", verdict: null })).toBe("dismissed");
    expect(claimTone({ status: "VERIFIED", verdict: "MOSTLY_TRUE" })).toBe("verified-true");
    expect(claimTone({ status: "VERIFIED", verdict: "MISLEADING" })).toBe("verified-false");
    expect(claimTone({ status: "VERIFIED", verdict: "UNPROVEN" })).toBe("verified-mixed");
  });

  it("shows the state an editor most needs to see where claims overlap", () => {
    expect(strongestTone(["verified-true", "unreviewed"])).toBe("unreviewed");
    expect(strongestTone(["unreviewed", "verified-false"])).toBe("verified-false");
    expect(strongestTone(["dismissed", "verified-true"])).toBe("verified-true");
  });

  it("says the state in words, with the verdict once verified", () => {
    expect(reviewStateWords({ status: "VERIFIED", verdict: "FALSE" })).toBe("Verified, False");
    expect(reviewStateWords({ status: "IN_REVIEW", verdict: null })).toBe("In review");
  });
});
