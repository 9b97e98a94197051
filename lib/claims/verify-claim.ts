// An editor's review of one claim: status, verdict, note and optionally one piece of evidence.
// Optimistic concurrency: the update applies only to the version the editor loaded.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { ClaimReviewInput } from "@/lib/validation/claim-review";

export const STALE_CLAIM_MESSAGE =
  "This claim was changed by someone else since you opened it. Reload the page to see their changes, then review again.";

export async function verifyClaim(db: Db, input: ClaimReviewInput, actorId: string): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { status: true, verdict: true, reviewNote: true, version: true },
    });
    if (!before) throw new NotFoundError("This claim");

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

    if (input.evidenceUrl) {
      await tx.evidence.create({ data: { claimId: input.claimId, url: input.evidenceUrl, addedById: actorId } });
    }
    await recordAudit(tx, {
      actorId,
      action: "claim.review",
      entityType: "claim",
      entityId: input.claimId,
      before: { status: before.status, verdict: before.verdict, note: before.reviewNote, version: before.version },
      after: {
        status: input.status,
        verdict: input.verdict,
        note: input.note,
        evidenceUrl: input.evidenceUrl,
        version: input.version + 1,
      },
    });
    return { version: input.version + 1 };
  });
}
