// Merges a claim with the next claim of the same article into one span. The first keeps its id,
// review and history and takes the second's evidence; the second is archived (not deleted, so its
// history and links stay readable).
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError } from "@/lib/errors";
import type { MergeClaimsInput } from "@/lib/validation/claim-edit";
import { claimForChange, updateClaimAtVersion } from "./claim-for-change";
import { parseSelection } from "./parse-selection";
import { nextClaimOf } from "./next-claim";

export async function mergeClaims(db: Db, input: MergeClaimsInput, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const first = await claimForChange(tx, input.claimId, input.version);
    const second = await claimForChange(tx, input.nextClaimId, input.nextVersion);
    const adjacent = await nextClaimOf(tx, first);
    if (second.articleId !== first.articleId || adjacent?.id !== second.id) {
      throw new InvalidInputError("Only a claim and the claim right after it in the same article can be merged.");
    }
    const start = Math.min(first.start, second.start);
    const end = Math.max(first.end, second.end);
    const quote = first.article.body.slice(start, end);
    await updateClaimAtVersion(tx, first.id, input.version, { text: input.text, quote, start, end, ...parseSelection(quote) });
    await updateClaimAtVersion(tx, second.id, input.nextVersion, { archivedAt: new Date(), status: "DISMISSED", details: { mergedInto: first.id } });
    await tx.evidence.updateMany({ where: { claimId: second.id }, data: { claimId: first.id } });
    const after = { text: input.text, quote, start, end, mergedClaimId: second.id, mergedText: second.text };
    await recordAudit(tx, {
      actorId,
      action: "claim.merge",
      entityType: "claim",
      entityId: first.id,
      claimId: first.id,
      articleId: first.articleId,
      before: { text: first.text, quote: first.quote, start: first.start, end: first.end },
      after,
    });
    await recordAudit(tx, {
      actorId,
      action: "claim.merge",
      entityType: "claim",
      entityId: second.id,
      claimId: second.id,
      articleId: first.articleId,
      before: { text: second.text, quote: second.quote, start: second.start, end: second.end, status: second.status },
      after: { ...after, mergedInto: first.id, status: "DISMISSED" },
    });
  });
}
