// An editor's review of one claim: status, verdict and finding (evidence has its own ledger).
// Optimistic concurrency: the update applies only to the version the editor loaded.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import type { ClaimReviewInput } from "@/lib/validation/claim-review";

export const STALE_CLAIM_MESSAGE =
  "This claim was changed by someone else since you opened it. Reload the page to see their changes, then review again.";

export const NO_EVIDENCE_MESSAGE = "This claim has no evidence yet. Add evidence, or confirm that you are verifying it without any.";

export async function verifyClaim(db: Db, input: ClaimReviewInput, actorId: string): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { status: true, verdict: true, reviewNote: true, version: true, articleId: true, _count: { select: { evidence: true } } },
    });
    if (!before) throw new NotFoundError("This claim");
    if (input.status === "VERIFIED" && input.verdict && before._count.evidence === 0 && !input.confirmNoEvidence) {
      throw new InvalidInputError(NO_EVIDENCE_MESSAGE, { confirmNoEvidence: "Tick to verify without evidence" });
    }

    const decided = input.status === "VERIFIED" || input.status === "DISMISSED";
    const updated = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      data: {
        status: input.status,
        verdict: input.verdict,
        reviewNote: input.note,
        reviewerId: actorId,
        reviewedAt: decided ? new Date() : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new ConflictError(STALE_CLAIM_MESSAGE);

    await recordAudit(tx, {
      actorId,
      action: "claim.review",
      entityType: "claim",
      entityId: input.claimId,
      claimId: input.claimId,
      articleId: before.articleId,
      before: { status: before.status, verdict: before.verdict, note: before.reviewNote, version: before.version },
      after: {
        status: input.status,
        verdict: input.verdict,
        note: input.note,
        version: input.version + 1,
      },
    });
    return { version: input.version + 1 };
  });
}
