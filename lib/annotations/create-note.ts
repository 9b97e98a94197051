// A new annotation thread: a note anchored to a passage the editor selected.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifySelection } from "@/lib/anchoring/selectors";
import { NotFoundError } from "@/lib/errors";
import type { CreateNoteInput } from "@/lib/validation/annotation";

export async function createNote(db: Db, input: CreateNoteInput, actorId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { body: true } });
    if (!article) throw new NotFoundError("This article");
    const anchor = verifySelection(article.body, input);
    const note = await tx.note.create({
      data: {
        articleId: input.articleId,
        start: anchor.start,
        end: anchor.end,
        quote: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        body: input.body,
        authorId: actorId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "note.create",
      entityType: "note",
      entityId: note.id,
      articleId: input.articleId,
      after: { quote: anchor.exact, start: anchor.start, end: anchor.end, body: input.body },
    });
    return note;
  });
}
