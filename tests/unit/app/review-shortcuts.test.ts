import { describe, expect, it } from "vitest";
import { Verdict } from "@/lib/generated/prisma/enums";
import { REVIEW_SHORTCUTS, VERDICT_KEYS } from "@/components/review-desk/shortcut-list";

describe("review shortcuts", () => {
  it("map 1–7 to the verdicts in the order of the Verdict enum", () => {
    expect(VERDICT_KEYS).toEqual({ "1": "TRUE", "2": "MOSTLY_TRUE", "3": "MIXED", "4": "MOSTLY_FALSE", "5": "FALSE", "6": "MISLEADING", "7": "UNPROVEN" });
    expect(Object.values(VERDICT_KEYS)).toEqual(Object.values(Verdict));
  });

  it("are all listed in the help dialog, each once", () => {
    const keys = REVIEW_SHORTCUTS.map((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of ["j / k", "1", "7", "v", "d", "a", "e", "n", "?"]) expect(keys).toContain(key);
  });
});
