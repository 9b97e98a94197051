import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";
import type { EditEvidenceInput } from "@/lib/validation/evidence";
import { evidenceData, evidenceSnapshot } from "./evidence-fields";

export async function editEvidence(db: Db, input: EditEvidenceInput, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await tx.evidence.findUnique({ where: { id: input.evidenceId }, include: { claim: { select: { articleId: true } } } });
    if (!item) throw new NotFoundError("This evidence");
    const data = evidenceData(input);
    await tx.evidence.update({ where: { id: item.id }, data: { ...data, updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId,
      action: "evidence.edit",
      entityType: "evidence",
      entityId: item.id,
      claimId: item.claimId,
      articleId: item.claim.articleId,
      before: evidenceSnapshot(item),
      after: evidenceSnapshot(data),
    });
  });
}
