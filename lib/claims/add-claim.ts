// A claim the extractor missed, added by an editor from a selection of the article.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifySelection } from "@/lib/anchoring/selectors";
import { NotFoundError } from "@/lib/errors";
import type { AddClaimInput } from "@/lib/validation/claim-edit";
import { parseSelection } from "./parse-selection";

export async function addClaim(db: Db, input: AddClaimInput, actorId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { body: true } });
    if (!article) throw new NotFoundError("This article");
    const anchor = verifySelection(article.body, input);
    const claim = await tx.claim.create({
      data: {
        articleId: input.articleId,
        text: input.text,
        type: input.type,
        quote: anchor.exact,
        start: anchor.start,
        end: anchor.end,
        // An editor judged it worth checking.
        checkworthiness: 1,
        origin: "EDITOR",
        ...parseSelection(anchor.exact),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "claim.add",
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: input.articleId,
      after: { text: input.text, type: input.type, quote: anchor.exact, start: anchor.start, end: anchor.end },
    });
    return claim;
  });
}
