// The claim right after a claim in its article's text (by start, then end): the one a merge joins.
import type { Db, Tx } from "@/lib/db";

export async function nextClaimOf(db: Db | Tx, claim: { id: string; articleId: string; start: number; end: number }) {
  return db.claim.findFirst({
    where: {
      articleId: claim.articleId,
      id: { not: claim.id },
      archivedAt: null,
      orphanedAt: null,
      OR: [{ start: { gt: claim.start } }, { start: claim.start, end: { gt: claim.end } }],
    },
    orderBy: [{ start: "asc" }, { end: "asc" }],
    select: { id: true, text: true, quote: true, version: true },
  });
}
