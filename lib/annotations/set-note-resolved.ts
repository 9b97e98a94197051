// Resolving closes a thread (any editor may, as on a shared desk); reopening brings it back.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError, NotFoundError } from "@/lib/errors";

export async function setNoteResolved(db: Db, input: { noteId: string; resolved: boolean }, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const note = await tx.note.findUnique({ where: { id: input.noteId }, select: { id: true, parentId: true, articleId: true, resolvedAt: true } });
    if (!note) throw new NotFoundError("This note");
    if (note.parentId) throw new InvalidInputError("Resolve the thread from its first note.");
    if ((note.resolvedAt !== null) === input.resolved) return;
    await tx.note.update({ where: { id: note.id }, data: { resolvedAt: input.resolved ? new Date() : null } });
    await recordAudit(tx, {
      actorId,
      action: input.resolved ? "note.resolve" : "note.reopen",
      entityType: "note",
      entityId: note.id,
      articleId: note.articleId,
      before: { resolved: !input.resolved },
      after: { resolved: input.resolved },
    });
  });
}
