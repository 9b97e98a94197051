// An editor rewords a claim or changes its type.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { EditClaimInput } from "@/lib/validation/claim-edit";
import { claimForChange, updateClaimAtVersion } from "./claim-for-change";

export async function editClaim(db: Db, input: EditClaimInput, actorId: string): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const claim = await claimForChange(tx, input.claimId, input.version);
    await updateClaimAtVersion(tx, claim.id, input.version, { text: input.text, type: input.type });
    await recordAudit(tx, {
      actorId,
      action: "claim.edit",
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: claim.articleId,
      before: { text: claim.text, type: claim.type },
      after: { text: input.text, type: input.type },
    });
    return { version: input.version + 1 };
  });
}
