// An orphan nobody will re-attach is archived: off the Orphans list, still in the audit log.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/errors";

export async function archiveOrphan(db: Db, input: { kind: "claim" | "note"; id: string }, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const now = new Date();
    const item =
      input.kind === "claim"
        ? await tx.claim.findUnique({ where: { id: input.id }, select: { id: true, articleId: true, orphanedAt: true, archivedAt: true, quote: true } })
        : await tx.note.findUnique({ where: { id: input.id }, select: { id: true, articleId: true, orphanedAt: true, archivedAt: true, quote: true } });
    if (!item) throw new NotFoundError(input.kind === "claim" ? "This claim" : "This note");
    if (!item.orphanedAt || item.archivedAt) throw new InvalidInputError("Only an orphan that is not archived yet can be archived.");
    if (input.kind === "claim") await tx.claim.update({ where: { id: item.id }, data: { archivedAt: now, version: { increment: 1 } } });
    else await tx.note.update({ where: { id: item.id }, data: { archivedAt: now } });
    await recordAudit(tx, {
      actorId,
      action: `${input.kind}.archive`,
      entityType: input.kind,
      entityId: item.id,
      claimId: input.kind === "claim" ? item.id : null,
      articleId: item.articleId,
      before: { quote: item.quote, orphaned: true },
      after: { archived: true },
    });
  });
}
