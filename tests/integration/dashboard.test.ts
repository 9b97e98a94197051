// The dashboard's queries run on PostgreSQL and count what they say.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { importArticle } from "@/lib/articles/import-article";
import { verifyClaim } from "@/lib/claims/verify-claim";
import { importArticleSchema } from "@/lib/validation/article";
import { claimReviewSchema } from "@/lib/validation/claim-review";
import {
  articlesWithUnreviewedClaims,
  claimsByStatus,
  conflictsAndOrphans,
  recentActivity,
  reviewsPerDay,
  reviewsPerEditor,
  verifiedByVerdict,
  REVIEW_DAYS,
} from "@/lib/dashboard/dashboard-data";
import { makeUser, testDb, uniqueArticleBody } from "./support";

const db = testDb();

describe("dashboard queries", () => {
  it("count statuses, verdicts, today's reviews, the editor's reviews and unreviewed articles", async () => {
    const editor = await makeUser();
    const before = { verdicts: await verifiedByVerdict(db), days: await reviewsPerDay(db) };
    const { id } = await importArticle(db, importArticleSchema.parse({ title: `Dash ${randomUUID()}`, body: uniqueArticleBody() }), editor.id);
    const [claim] = await db.claim.findMany({ where: { articleId: id }, take: 1 });
    await verifyClaim(db, claimReviewSchema.parse({ claimId: claim!.id, version: 1, status: "VERIFIED", verdict: "MIXED", confirmNoEvidence: true }), editor.id);

    const mixed = (rows: { verdict: string; count: number }[]) => rows.find((r) => r.verdict === "MIXED")?.count ?? 0;
    expect(mixed(await verifiedByVerdict(db))).toBe(mixed(before.verdicts) + 1);
    const days = await reviewsPerDay(db);
    expect(days).toHaveLength(REVIEW_DAYS);
    expect(days.at(-1)!.day).toBe(new Date().toISOString().slice(0, 10));
    expect(days.at(-1)!.count).toBe(before.days.at(-1)!.count + 1);
    expect(await reviewsPerEditor(db)).toContainEqual({ name: editor.name, total: 1, lastWeek: 1 });
    expect((await claimsByStatus(db)).find((r) => r.status === "VERIFIED")!.count).toBeGreaterThanOrEqual(1);
    const waiting = await importArticle(db, importArticleSchema.parse({ title: `Waiting ${randomUUID()}`, body: uniqueArticleBody() }), editor.id);
    const unreviewed = await articlesWithUnreviewedClaims(db, 50);
    expect(unreviewed.total).toBeGreaterThanOrEqual(1);
    // Latest imports first (other tests may import meanwhile, so among the first few), with counts.
    expect(unreviewed.articles.find((a) => a.id === waiting.id)).toMatchObject({ id: waiting.id, unreviewed: waiting.claimCount, total: waiting.claimCount });
    expect((await recentActivity(db, 5)).map((a) => a.action)).toContain("claim.review");
    const extra = await conflictsAndOrphans(db);
    expect(extra.openConflicts).toBeGreaterThanOrEqual(0);
    expect(extra.orphanedClaims).toBeGreaterThanOrEqual(0);
  });
});
