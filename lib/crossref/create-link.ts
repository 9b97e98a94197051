// Links two claims of different articles. The pair is locked (FOR SHARE) while the link is
// written, so a claim deleted meanwhile is reported, never half-linked. Two editors saving the
// same link at once get one link: the unique (from, to, type) index decides and the second is told.
import type { Db, Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidInputError } from "@/lib/errors";
import type { LinkRelation } from "@/lib/validation/claim-link";
import { LINK_WORDING, storedLink } from "./link-wording";

export const GONE_MESSAGE = "That claim no longer exists. It may have been deleted; choose another.";

export interface CreateLinkOptions {
  claimId: string;
  targetClaimId: string;
  relation: LinkRelation;
  note?: string | null;
  actorId: string;
  /** The audit action: "claim_link.create" from the picker, "suggestion.accept" from a suggestion. */
  action?: string;
  /** An existing identical link is an answer, not an error (accepting a suggestion twice). */
  existingIsFine?: boolean;
}

export interface CreatedLink {
  linkId: string;
  created: boolean;
}

export async function createLink(db: Db, options: CreateLinkOptions): Promise<CreatedLink> {
  return db.$transaction((tx) => createLinkInTx(tx, options));
}

export async function createLinkInTx(tx: Tx, options: CreateLinkOptions): Promise<CreatedLink> {
  const { claimId, targetClaimId, relation, actorId } = options;
  if (claimId === targetClaimId) throw fieldError("A claim cannot be linked to itself.");
  const found = await tx.$queryRaw<Array<{ id: string; articleId: string }>>`
    SELECT id, "articleId" FROM claims WHERE id IN (${claimId}, ${targetClaimId}) ORDER BY id FOR SHARE`;
  const here = found.find((c) => c.id === claimId);
  const there = found.find((c) => c.id === targetClaimId);
  if (!here) throw new InvalidInputError("This claim no longer exists. It may have been deleted.");
  if (!there) throw fieldError(GONE_MESSAGE);
  if (here.articleId === there.articleId) throw fieldError("Link claims of different articles; this one is in the same article.");

  const link = storedLink(claimId, targetClaimId, relation);
  const existing = await tx.claimLink.findFirst({
    where: {
      OR: [
        { fromClaimId: link.fromClaimId, toClaimId: link.toClaimId, type: link.type },
        { fromClaimId: link.toClaimId, toClaimId: link.fromClaimId, type: link.type },
      ],
    },
    select: { id: true, fromClaimId: true },
  });
  if (existing) {
    if (existing.fromClaimId === link.fromClaimId && options.existingIsFine) return { linkId: existing.id, created: false };
    const wording = existing.fromClaimId === claimId ? LINK_WORDING[link.type].outgoing : LINK_WORDING[link.type].incoming;
    throw fieldError(`These claims are already linked: this claim ${wording} that one.`);
  }

  const inserted = await tx.claimLink.createManyAndReturn({
    data: [{ ...link, note: options.note ?? null, createdById: actorId }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (inserted.length === 0) {
    // Another editor saved the same link a moment ago: one link, and this request says so.
    const raced = await tx.claimLink.findUnique({
      where: { fromClaimId_toClaimId_type: link },
      select: { id: true },
    });
    if (raced && options.existingIsFine) return { linkId: raced.id, created: false };
    throw fieldError("Another editor linked these claims a moment ago. Reload to see the link.");
  }
  const linkId = inserted[0]!.id;
  await recordAudit(tx, {
    actorId,
    action: options.action ?? "claim_link.create",
    entityType: "claim_link",
    entityId: linkId,
    after: { ...link, note: options.note ?? null, chosenOn: claimId },
  });
  return { linkId, created: true };
}

function fieldError(message: string): InvalidInputError {
  return new InvalidInputError(message, { targetClaimId: message });
}
