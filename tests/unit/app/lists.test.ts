// The list building blocks that need no database: cursors, highlight markers, search checks.
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/lists/cursor";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, highlightParts } from "@/lib/lists/highlight";
import { checkSearchText } from "@/lib/lists/search-text";
import { prefixTsquery } from "@/lib/lists/prefix-query";
import { searchTsquery } from "@/lib/lists/search-tsquery";
import { claimFilterSchema } from "@/lib/validation/claim-filter";

describe("cursors", () => {
  const kinds = ["timestamp", "text", "integer", "text"] as const;
  const values = ["2025-03-01 10:00:00.5", "cm0abc", "12", "cm0xyz"];

  it("round-trip the sort keys of the order they came from", () => {
    expect(decodeCursor(encodeCursor("imported", values), "imported", kinds)).toEqual(values);
  });

  it("are refused when edited, from another order, or holding values of the wrong kind", () => {
    const good = encodeCursor("imported", values);
    expect(decodeCursor(`${good}x`, "imported", kinds)).toBeNull();
    expect(decodeCursor(good, "published", kinds)).toBeNull();
    expect(decodeCursor(encodeCursor("imported", ["2025-02-30 00:00:00", "a", "1", "b"]), "imported", kinds)).toBeNull();
    expect(decodeCursor(encodeCursor("imported", ["-infinity", "a", "1.5", "b"]), "imported", kinds)).toBeNull();
    expect(decodeCursor("%%%", "imported", kinds)).toBeNull();
    expect(decodeCursor(undefined, "imported", kinds)).toBeNull();
  });
});

describe("highlights", () => {
  it("split ts_headline's markers into marked and plain parts, leaving markup as text", () => {
    expect(highlightParts(`${S}Xiaomi${E} will do <b>offline</b> ${S}sales${E}`)).toEqual([
      { text: "Xiaomi", match: true },
      { text: " will do <b>offline</b> ", match: false },
      { text: "sales", match: true },
    ]);
  });
});

describe("search text", () => {
  it("needs a letter or digit and at most 200 characters", () => {
    expect(checkSearchText("Xiaomi sales")).toEqual({ ok: true, text: "Xiaomi sales" });
    expect(checkSearchText("%_!").ok).toBe(false);
    expect(checkSearchText("a".repeat(5_000))).toMatchObject({ ok: false, message: expect.stringContaining("5,000") });
  });

  it("drops NUL and control characters from every filter value", () => {
    expect(claimFilterSchema.parse({ q: "sold\u0000 phones\u0007", entity: "\u0000" })).toMatchObject({ q: "sold phones", entity: undefined });
  });

  it("widens irregular verbs outside quotes only", () => {
    const widened = searchTsquery("sold phones");
    expect(widened.values).toEqual(["  phones", "sell", "sold"]);
    expect(searchTsquery('"sold phones"').values).toEqual(['"sold phones"']);
    expect(searchTsquery("sold or bought").values).toEqual(["sold or bought"]);
  });

  it("builds type-ahead prefixes from letters and digits only", () => {
    expect(prefixTsquery("Xiaomi fla", "A")).toBe("Xiaomi:A & fla:*A");
    expect(prefixTsquery("%_'&|!")).toBeNull();
  });
});
