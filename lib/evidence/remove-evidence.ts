import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";
import { evidenceSnapshot } from "./evidence-fields";

export async function removeEvidence(db: Db, input: { evidenceId: string }, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await tx.evidence.findUnique({ where: { id: input.evidenceId }, include: { claim: { select: { articleId: true } } } });
    if (!item) throw new NotFoundError("This evidence");
    await tx.evidence.delete({ where: { id: item.id } });
    await recordAudit(tx, {
      actorId,
      action: "evidence.remove",
      entityType: "evidence",
      entityId: item.id,
      claimId: item.claimId,
      articleId: item.claim.articleId,
      before: evidenceSnapshot(item),
    });
  });
}
