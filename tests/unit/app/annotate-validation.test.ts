import { describe, expect, it } from "vitest";
import { createNoteSchema, NOTE_MAX } from "@/lib/validation/annotation";
import { addEvidenceSchema } from "@/lib/validation/evidence";
import { correctArticleSchema } from "@/lib/validation/correction";
import { splitClaimSchema } from "@/lib/validation/claim-edit";

const fieldError = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }, field: string) =>
  result.error?.issues.find((i) => i.path[0] === field)?.message;

describe("annotate & correct inputs", () => {
  const selection = { articleId: "a1", start: 0, end: 4, quote: "Acme" };

  it("refuses an empty note and one over 10,000 characters, with a field error", () => {
    expect(fieldError(createNoteSchema.safeParse({ ...selection, body: "   " }), "body")).toBe("Write a note");
    expect(fieldError(createNoteSchema.safeParse({ ...selection, body: "x".repeat(NOTE_MAX + 1) }), "body")).toBe("A note is limited to 10,000 characters");
    expect(createNoteSchema.parse({ ...selection, body: "x".repeat(NOTE_MAX) }).body).toHaveLength(NOTE_MAX);
  });

  it("takes only http(s) evidence addresses and real dates", () => {
    const base = { claimId: "c1", url: "https://example.test/a", stance: "SUPPORTS", strength: "PRIMARY" };
    expect(addEvidenceSchema.parse(base)).toMatchObject({ title: null, accessedOn: null });
    expect(fieldError(addEvidenceSchema.safeParse({ ...base, url: "javascript:alert(1)" }), "url")).toMatch(/http:\/\/ or https:\/\//);
    expect(fieldError(addEvidenceSchema.safeParse({ ...base, accessedOn: "2026-02-30" }), "accessedOn")).toMatch(/real date/);
  });

  it("refuses a correction that empties the article, and a split with no point chosen", () => {
    expect(fieldError(correctArticleSchema.safeParse({ articleId: "a1", version: 1, body: " \n\t " }), "body")).toBe("A correction cannot empty the article");
    expect(fieldError(splitClaimSchema.safeParse({ claimId: "c1", version: 1, at: "", firstText: "a", secondText: "b" }), "at")).toBe("Choose where to split");
  });
});
