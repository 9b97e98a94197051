// An editor gives an orphaned claim or note a new passage of the article's current text.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifySelection } from "@/lib/anchoring/selectors";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { ReattachInput } from "@/lib/validation/correction";

export async function reattachOrphan(db: Db, input: ReattachInput, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { body: true } });
    if (!article) throw new NotFoundError("This article");
    const anchor = verifySelection(article.body, input);
    const position = { start: anchor.start, end: anchor.end };
    if (input.kind === "claim") {
      const claim = await tx.claim.findUnique({ where: { id: input.id } });
      if (!claim || claim.articleId !== input.articleId) throw new NotFoundError("This claim");
      if (!claim.orphanedAt) throw new InvalidInputError("This claim is not an orphan: it already has a passage.");
      await tx.claim.update({ where: { id: claim.id }, data: { ...position, quote: anchor.exact, orphanedAt: null, version: { increment: 1 } } });
      await recordAudit(tx, {
        actorId,
        action: "claim.reattach",
        entityType: "claim",
        entityId: claim.id,
        claimId: claim.id,
        articleId: claim.articleId,
        before: { quote: claim.quote, orphaned: true },
        after: { quote: anchor.exact, ...position },
      });
    } else {
      const note = await tx.note.findUnique({ where: { id: input.id } });
      if (!note || note.articleId !== input.articleId) throw new NotFoundError("This note");
      if (!note.orphanedAt) throw new InvalidInputError("This note is not an orphan: it already has a passage.");
      await tx.note.update({ where: { id: note.id }, data: { ...position, quote: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix, orphanedAt: null } });
      await recordAudit(tx, {
        actorId,
        action: "note.reattach",
        entityType: "note",
        entityId: note.id,
        articleId: note.articleId,
        before: { quote: note.quote, orphaned: true },
        after: { quote: anchor.exact, ...position },
      });
    }
  });
}
