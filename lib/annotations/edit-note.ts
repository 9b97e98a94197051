import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import { noteForChange } from "./note-access";

export async function editNote(db: Db, input: { noteId: string; body: string }, user: Pick<SessionUser, "id" | "role">): Promise<void> {
  await db.$transaction(async (tx) => {
    const note = await noteForChange(tx, input.noteId, user);
    await tx.note.update({ where: { id: note.id }, data: { body: input.body } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "note.edit",
      entityType: "note",
      entityId: note.parentId ?? note.id,
      articleId: note.articleId,
      before: { noteId: note.id, body: note.body },
      after: { noteId: note.id, body: input.body },
    });
  });
}
