import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";
import type { AddEvidenceInput } from "@/lib/validation/evidence";
import { evidenceData, evidenceSnapshot } from "./evidence-fields";

export async function addEvidence(db: Db, input: AddEvidenceInput, actorId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, articleId: true } });
    if (!claim) throw new NotFoundError("This claim");
    const data = evidenceData(input);
    const item = await tx.evidence.create({ data: { ...data, claimId: claim.id, addedById: actorId }, select: { id: true } });
    await recordAudit(tx, {
      actorId,
      action: "evidence.add",
      entityType: "evidence",
      entityId: item.id,
      claimId: claim.id,
      articleId: claim.articleId,
      after: evidenceSnapshot(data),
    });
    return item;
  });
}
