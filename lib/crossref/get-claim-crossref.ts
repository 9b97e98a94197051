// Everything the claim page shows about a claim's relations: its links (worded from this claim's
// side), the entities it is about, figures of other articles that conflict with or relate to it,
// and its appearances.
import type { Db } from "@/lib/db";
import type { ClaimLinkType } from "@/lib/generated/prisma/enums";
import { getAppearances } from "./appearances";
import { LINK_WORDING } from "./link-wording";

export interface ClaimLinkView {
  id: string;
  type: ClaimLinkType;
  wording: string;
  note: string | null;
  other: { id: string; text: string; articleId: string; articleTitle: string };
}

export async function getClaimCrossref(db: Db, claimId: string) {
  const otherClaim = { select: { id: true, text: true, article: { select: { id: true, title: true } } } } as const;
  const [outgoing, incoming, entities, conflicts, appearances] = await Promise.all([
    db.claimLink.findMany({ where: { fromClaimId: claimId }, include: { toClaim: otherClaim }, orderBy: { createdAt: "asc" } }),
    db.claimLink.findMany({ where: { toClaimId: claimId }, include: { fromClaim: otherClaim }, orderBy: { createdAt: "asc" } }),
    db.claimEntity.findMany({
      where: { claimId },
      select: { isSpeaker: true, entity: { select: { id: true, name: true, kind: true } } },
      orderBy: { entity: { name: "asc" } },
    }),
    db.claimConflict.findMany({
      where: { OR: [{ claimAId: claimId }, { claimBId: claimId }], status: { not: "DISMISSED" } },
      include: { claimA: otherClaim, claimB: otherClaim },
      orderBy: { detectedAt: "desc" },
      take: 50,
    }),
    getAppearances(db, claimId),
  ]);
  const links: ClaimLinkView[] = [
    ...outgoing.map((l) => ({ id: l.id, type: l.type, note: l.note, wording: LINK_WORDING[l.type].outgoing, other: view(l.toClaim) })),
    ...incoming.map((l) => ({ id: l.id, type: l.type, note: l.note, wording: LINK_WORDING[l.type].incoming, other: view(l.fromClaim) })),
  ];
  return {
    links,
    entities: entities.map((e) => ({ ...e.entity, isSpeaker: e.isSpeaker })),
    figures: conflicts.map((c) => ({
      id: c.id,
      relation: c.relation,
      status: c.status,
      other: view(c.claimAId === claimId ? c.claimB : c.claimA),
    })),
    appearances,
  };
}

function view(c: { id: string; text: string; article: { id: string; title: string } }) {
  return { id: c.id, text: c.text, articleId: c.article.id, articleTitle: c.article.title };
}

export type ClaimCrossref = Awaited<ReturnType<typeof getClaimCrossref>>;
