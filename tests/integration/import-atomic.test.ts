// A failure after the article and claims are written (here: the audit row) must undo both.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/audit/record-audits", () => ({
  recordAudits: vi.fn(async () => {
    throw new Error("audit table unavailable");
  }),
}));

const { importArticle } = await import("@/lib/articles/import-article");
const { importArticleSchema } = await import("@/lib/validation/article");
const { makeUser, testDb, uniqueArticleBody } = await import("./support");

describe("a failed import", () => {
  it("leaves no article behind, though the article and its claims were already written", async () => {
    const db = testDb();
    const editor = await makeUser();
    const body = uniqueArticleBody();
    const input = importArticleSchema.parse({ title: "Doomed", body });
    await expect(importArticle(db, input, editor.id)).rejects.toThrow("audit table unavailable");
    expect(await db.article.count({ where: { body } })).toBe(0);
    // Claims cannot outlive their article (a foreign key), so no article means no claims either.
  });
});
