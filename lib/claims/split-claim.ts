// Splits a claim holding two figures into two claims with adjacent spans. The first keeps the
// original's id, review, evidence and history; the second is new, made by the editor.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError } from "@/lib/errors";
import type { SplitClaimInput } from "@/lib/validation/claim-edit";
import { claimForChange, updateClaimAtVersion } from "./claim-for-change";
import { parseSelection } from "./parse-selection";

export async function splitClaim(db: Db, input: SplitClaimInput, actorId: string): Promise<{ secondId: string }> {
  return db.$transaction(async (tx) => {
    const claim = await claimForChange(tx, input.claimId, input.version);
    const first = trimmedSpan(claim.article.body, claim.start, claim.start + input.at);
    const second = trimmedSpan(claim.article.body, claim.start + input.at, claim.end);
    if (input.at >= claim.end - claim.start || !first || !second) {
      throw new InvalidInputError("Both parts of a split need some words: choose a point inside the quote.", { at: "Choose a point between two words of the quote" });
    }
    const firstQuote = claim.article.body.slice(first.start, first.end);
    const secondQuote = claim.article.body.slice(second.start, second.end);
    await updateClaimAtVersion(tx, claim.id, input.version, { text: input.firstText, quote: firstQuote, start: first.start, end: first.end, ...parseSelection(firstQuote) });
    const created = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        text: input.secondText,
        type: claim.type,
        quote: secondQuote,
        start: second.start,
        end: second.end,
        checkworthiness: claim.checkworthiness,
        origin: "EDITOR",
        details: { splitFrom: claim.id },
        ...parseSelection(secondQuote),
      },
      select: { id: true },
    });
    const before = { text: claim.text, quote: claim.quote, start: claim.start, end: claim.end };
    await recordAudit(tx, {
      actorId,
      action: "claim.split",
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: claim.articleId,
      before,
      after: { text: input.firstText, quote: firstQuote, start: first.start, end: first.end, otherClaimId: created.id, otherText: input.secondText },
    });
    await recordAudit(tx, {
      actorId,
      action: "claim.split",
      entityType: "claim",
      entityId: created.id,
      claimId: created.id,
      articleId: claim.articleId,
      before,
      after: { text: input.secondText, quote: secondQuote, start: second.start, end: second.end, otherClaimId: claim.id, otherText: input.firstText },
    });
    return { secondId: created.id };
  });
}

function trimmedSpan(body: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /[\s,;]/.test(body[start]!)) start++;
  while (end > start && /[\s,;]/.test(body[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
