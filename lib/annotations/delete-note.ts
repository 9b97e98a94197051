// Deleting a thread's first note deletes its replies (the foreign key cascades); the audit row keeps the text.
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import { noteForChange } from "./note-access";

export async function deleteNote(db: Db, input: { noteId: string }, user: Pick<SessionUser, "id" | "role">): Promise<void> {
  await db.$transaction(async (tx) => {
    const note = await noteForChange(tx, input.noteId, user);
    await tx.note.delete({ where: { id: note.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "note.delete",
      entityType: "note",
      entityId: note.parentId ?? note.id,
      articleId: note.articleId,
      before: { noteId: note.id, quote: note.quote, body: note.body, authorId: note.authorId },
    });
  });
}
