import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/import-article";
import { importArticleSchema } from "@/lib/validation/article";
import { InvalidInputError } from "@/lib/errors";
import { makeUser, testDb, uniqueArticleBody } from "./support";

function input(body: string) {
  return importArticleSchema.parse({ title: "Acme's scooter year", author: "A. Reporter", outlet: "Daily Test", publishedAt: "2024-01-05", url: "https://example.test/a", body });
}

describe("importArticle", () => {
  it("saves the article, its claims anchored to the stored body, and an audit row", async () => {
    const db = testDb();
    const editor = await makeUser();
    const body = uniqueArticleBody();
    const { id, claimCount } = await importArticle(db, input(`\r\n${body}\r\n`), editor.id);

    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { claims: true } });
    expect(article.body).toBe(body);
    expect(article.publishedAt?.toISOString()).toBe("2024-01-05T00:00:00.000Z");
    expect(claimCount).toBeGreaterThan(0);
    expect(article.claims).toHaveLength(claimCount);
    for (const claim of article.claims) expect(article.body.slice(claim.start, claim.end)).toBe(claim.quote);

    const audit = await db.auditLog.findMany({ where: { entityType: "article", entityId: id } });
    expect(audit).toMatchObject([{ action: "article.import", actorId: editor.id }]);
  });

  it("refuses the same text twice, saying it is already there", async () => {
    const db = testDb();
    const editor = await makeUser();
    const body = uniqueArticleBody();
    await importArticle(db, input(body), editor.id);
    const second = importArticle(db, input(`  ${body}  `), editor.id);
    await expect(second).rejects.toBeInstanceOf(InvalidInputError);
    await expect(second).rejects.toThrow(/already in Claimdesk/);
    expect(await db.article.count({ where: { body } })).toBe(1);
  });
});
