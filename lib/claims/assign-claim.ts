// Assigns one claim to an editor (or nobody), audited. Like a review, it names the version the
// editor saw: assigning a claim someone else has just changed is refused, not silently merged.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { requireAssignable } from "@/lib/users/require-assignable";
import type { AssignClaimInput } from "@/lib/validation/claim-assignment";
import { STALE_CLAIM_MESSAGE } from "./verify-claim";

export interface AssignClaimResult {
  version: number;
  assignee: { id: string; name: string } | null;
}

export async function assignClaim(db: Db, input: AssignClaimInput, actorId: string): Promise<AssignClaimResult> {
  return db.$transaction(async (tx) => {
    await requireAssignable(tx, input.assigneeId);
    const before = await tx.claim.findUnique({ where: { id: input.claimId }, select: { assigneeId: true, version: true } });
    if (!before) throw new NotFoundError("This claim");

    const updated = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      data: { assigneeId: input.assigneeId, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError(STALE_CLAIM_MESSAGE);

    await recordAudit(tx, {
      actorId,
      action: "claim.assign",
      entityType: "claim",
      entityId: input.claimId,
      before: { assigneeId: before.assigneeId, version: before.version },
      after: { assigneeId: input.assigneeId, version: input.version + 1 },
    });
    const assignee = input.assigneeId
      ? await tx.user.findUniqueOrThrow({ where: { id: input.assigneeId }, select: { id: true, name: true } })
      : null;
    return { version: input.version + 1, assignee };
  });
}
