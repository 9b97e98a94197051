import { describe, expect, it } from "vitest";
import { verifyClaim, NO_EVIDENCE_MESSAGE, STALE_CLAIM_MESSAGE } from "@/lib/claims/verify-claim";
import { addEvidence } from "@/lib/evidence/add-evidence";
import { addEvidenceSchema } from "@/lib/validation/evidence";
import { importArticle } from "@/lib/articles/import-article";
import { importArticleSchema } from "@/lib/validation/article";
import { claimReviewSchema } from "@/lib/validation/claim-review";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { makeUser, testDb, uniqueArticleBody } from "./support";

async function aClaim() {
  const db = testDb();
  const editor = await makeUser();
  const { id } = await importArticle(db, importArticleSchema.parse({ title: "T", body: uniqueArticleBody() }), editor.id);
  const claim = await db.claim.findFirstOrThrow({ where: { articleId: id } });
  return { db, editor, claim };
}

function review(claimId: string, version: number, extra: Record<string, unknown> = {}) {
  return claimReviewSchema.parse({ claimId, version, status: "VERIFIED", verdict: "MOSTLY_TRUE", note: "Matches the annual report.", confirmNoEvidence: true, ...extra });
}

describe("verifyClaim", () => {
  it("records status, verdict, note, reviewer and an audit row, and bumps the version", async () => {
    const { db, editor, claim } = await aClaim();
    await addEvidence(db, addEvidenceSchema.parse({ claimId: claim.id, url: "https://example.test/report", stance: "SUPPORTS", strength: "PRIMARY" }), editor.id);
    const result = await verifyClaim(db, review(claim.id, claim.version, { confirmNoEvidence: false }), editor.id);
    expect(result.version).toBe(claim.version + 1);

    const saved = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { evidence: true } });
    expect(saved).toMatchObject({ status: "VERIFIED", verdict: "MOSTLY_TRUE", reviewNote: "Matches the annual report.", reviewerId: editor.id, version: 2 });
    expect(saved.reviewedAt).toBeInstanceOf(Date);
    expect(saved.evidence.map((e) => e.url)).toEqual(["https://example.test/report"]);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "claim", entityId: claim.id } });
    expect(audit).toMatchObject({ action: "claim.review", actorId: editor.id, before: { status: "UNREVIEWED", verdict: null }, after: { status: "VERIFIED", verdict: "MOSTLY_TRUE" } });
  });

  it("refuses a review based on a version someone else has already changed", async () => {
    const { db, editor, claim } = await aClaim();
    const other = await makeUser();
    await verifyClaim(db, review(claim.id, 1, { verdict: "FALSE" }), other.id);

    const stale = verifyClaim(db, review(claim.id, 1), editor.id);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(STALE_CLAIM_MESSAGE);
    const saved = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { evidence: true } });
    expect(saved).toMatchObject({ verdict: "FALSE", reviewerId: other.id, version: 2 });
    expect(saved.evidence).toHaveLength(0);
    expect(await db.auditLog.count({ where: { entityId: claim.id } })).toBe(1);
  });

  it("asks for confirmation before verifying with a verdict but no evidence", async () => {
    const { db, editor, claim } = await aClaim();
    const unconfirmed = verifyClaim(db, review(claim.id, 1, { confirmNoEvidence: false }), editor.id);
    await expect(unconfirmed).rejects.toBeInstanceOf(InvalidInputError);
    await expect(unconfirmed).rejects.toThrow(NO_EVIDENCE_MESSAGE);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("UNREVIEWED");
    await verifyClaim(db, review(claim.id, 1, { confirmNoEvidence: true }), editor.id);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("VERIFIED");
  });

  it("says a missing claim was not found", async () => {
    const editor = await makeUser();
    await expect(verifyClaim(testDb(), review("no-such-claim", 1), editor.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the audit log", () => {
  it("cannot be edited or deleted, even by the application's own connection", async () => {
    const { db, editor, claim } = await aClaim();
    await verifyClaim(db, review(claim.id, 1), editor.id);
    const row = await db.auditLog.findFirstOrThrow({ where: { entityId: claim.id } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).action).toBe("claim.review");
  });
});
