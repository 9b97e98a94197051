// An editor's decision on an open figure conflict: confirm it as a link (the newer claim
// "updates" the older, or the two "contradict" each other) or dismiss it. Only an open conflict
// can be decided, so two editors deciding at once get one decision and a clear message.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { ConflictDecisionInput } from "@/lib/validation/conflict-decision";
import { createLinkInTx } from "./create-link";

export async function decideConflict(db: Db, input: ConflictDecisionInput, actorId: string): Promise<{ message: string }> {
  return db.$transaction(async (tx) => {
    const conflict = await tx.claimConflict.findUnique({ where: { id: input.conflictId } });
    if (!conflict) throw new NotFoundError("This conflict");
    const decided = await tx.claimConflict.updateMany({
      where: { id: conflict.id, status: "OPEN" },
      data: { status: input.decision === "DISMISS" ? "DISMISSED" : "CONFIRMED", resolvedById: actorId, resolvedAt: new Date() },
    });
    if (decided.count === 0) throw new ConflictError("Another editor already decided this conflict. Reload to see their decision.");
    let linkId: string | null = null;
    if (input.decision !== "DISMISS") {
      // claimB is the newer claim: it updates claimA.
      const link = await createLinkInTx(tx, {
        claimId: conflict.claimBId,
        targetClaimId: conflict.claimAId,
        relation: input.decision,
        actorId,
        action: "claim_link.create",
        existingIsFine: true,
      });
      linkId = link.linkId;
    }
    await recordAudit(tx, {
      actorId,
      action: input.decision === "DISMISS" ? "conflict.dismiss" : "conflict.confirm",
      entityType: "claim_conflict",
      entityId: conflict.id,
      before: { status: conflict.status },
      after: { status: input.decision === "DISMISS" ? "DISMISSED" : "CONFIRMED", linkType: input.decision === "DISMISS" ? null : input.decision, linkId },
    });
    return { message: input.decision === "DISMISS" ? "Conflict dismissed." : "Conflict confirmed and the claims linked." };
  });
}
