// "Not a claim": the editor dismisses something the extractor took for a claim. It stays on record
// (and a re-extraction that finds the same words will not bring it back).
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DismissClaimInput } from "@/lib/validation/claim-edit";
import { claimForChange, updateClaimAtVersion } from "./claim-for-change";

export async function dismissClaim(db: Db, input: DismissClaimInput, actorId: string): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const claim = await claimForChange(tx, input.claimId, input.version);
    await updateClaimAtVersion(tx, claim.id, input.version, { status: "DISMISSED", reviewerId: actorId, reviewedAt: new Date() });
    await recordAudit(tx, {
      actorId,
      action: "claim.dismiss",
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: claim.articleId,
      before: { status: claim.status },
      after: { status: "DISMISSED", reason: input.reason || "Not a claim" },
    });
    return { version: input.version + 1 };
  });
}
