// Accepting a suggested claim makes a link of the chosen type; dismissing it remembers the pair
// (either way round) so it is not suggested again. Both audited in the same transaction.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError } from "@/lib/errors";
import type { SuggestionDecisionInput } from "@/lib/validation/claim-link";
import { createLinkInTx, GONE_MESSAGE } from "./create-link";

export async function decideSuggestion(db: Db, input: SuggestionDecisionInput, actorId: string): Promise<{ message: string }> {
  const { claimId, otherClaimId, decision } = input;
  return db.$transaction(async (tx) => {
    if (decision !== "DISMISS") {
      const result = await createLinkInTx(tx, {
        claimId,
        targetClaimId: otherClaimId,
        relation: decision,
        actorId,
        action: "suggestion.accept",
        existingIsFine: true,
      });
      return { message: result.created ? "Linked." : "Already linked (another editor accepted it a moment ago)." };
    }
    const [a, b] = claimId < otherClaimId ? [claimId, otherClaimId] : [otherClaimId, claimId];
    const present = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM claims WHERE id IN (${a}, ${b}) FOR SHARE`;
    if (present.length < 2) throw new InvalidInputError(GONE_MESSAGE, { otherClaimId: GONE_MESSAGE });
    const inserted = await tx.suggestionDismissal.createMany({
      data: [{ claimAId: a, claimBId: b, dismissedById: actorId }],
      skipDuplicates: true,
    });
    if (inserted.count > 0) {
      await recordAudit(tx, {
        actorId,
        action: "suggestion.dismiss",
        entityType: "suggestion",
        entityId: `${a}:${b}`,
        after: { claimAId: a, claimBId: b, dismissedOn: claimId },
      });
    }
    return { message: "Dismissed; it will not be suggested again." };
  });
}
