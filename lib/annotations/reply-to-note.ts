// A reply joins the thread of its parent; replies to replies join the same thread.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";

export async function replyToNote(db: Db, input: { parentId: string; body: string }, actorId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const parent = await tx.note.findUnique({ where: { id: input.parentId }, select: { id: true, parentId: true, articleId: true } });
    if (!parent) throw new NotFoundError("The note you replied to");
    const rootId = parent.parentId ?? parent.id;
    const reply = await tx.note.create({
      data: { articleId: parent.articleId, parentId: rootId, body: input.body, authorId: actorId },
      select: { id: true },
    });
    // A reply reopens nothing by itself, but it is part of the thread's history.
    await recordAudit(tx, {
      actorId,
      action: "note.reply",
      entityType: "note",
      entityId: rootId,
      articleId: parent.articleId,
      after: { replyId: reply.id, body: input.body },
    });
    return reply;
  });
}
