import { describe, expect, it } from "vitest";
import { storedLink, LINK_WORDING } from "@/lib/crossref/link-wording";

describe("storedLink", () => {
  it("stores directed relations from the claim that does the updating or supporting", () => {
    expect(storedLink("b", "a", "UPDATES")).toEqual({ fromClaimId: "b", toClaimId: "a", type: "UPDATES" });
    expect(storedLink("a", "b", "UPDATED_BY")).toEqual({ fromClaimId: "b", toClaimId: "a", type: "UPDATES" });
    expect(storedLink("a", "b", "SUPPORTED_BY")).toEqual({ fromClaimId: "b", toClaimId: "a", type: "SUPPORTS" });
  });

  it("stores symmetric relations once, whichever claim they were made from", () => {
    expect(storedLink("b", "a", "SAME_CLAIM")).toEqual(storedLink("a", "b", "SAME_CLAIM"));
    expect(storedLink("z", "y", "CONTRADICTS")).toEqual({ fromClaimId: "y", toClaimId: "z", type: "CONTRADICTS" });
  });

  it("reads each way round", () => {
    expect(LINK_WORDING.UPDATES).toEqual({ outgoing: "updates", incoming: "updated by" });
    expect(LINK_WORDING.SUPPORTS.incoming).toBe("supported by");
  });
});
