// Loads a claim an editor is about to change, refusing a stale version with the desk's one message.
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { STALE_CLAIM_MESSAGE } from "./verify-claim";

export async function claimForChange(tx: Tx, claimId: string, version: number) {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, include: { article: { select: { body: true } } } });
  if (!claim) throw new NotFoundError("This claim");
  if (claim.version !== version) throw new ConflictError(STALE_CLAIM_MESSAGE);
  return claim;
}

/** Applies an update only to the version read; a concurrent change makes it a conflict. */
export async function updateClaimAtVersion(tx: Tx, claimId: string, version: number, data: Parameters<Tx["claim"]["updateMany"]>[0]["data"]) {
  const updated = await tx.claim.updateMany({ where: { id: claimId, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw new ConflictError(STALE_CLAIM_MESSAGE);
}
