// The claim after (or before) a claim in its article, in reading order: where j/k and "save and
// next" go on a claim page that was not opened from the queue.
import type { Db } from "@/lib/db";

export async function articleNeighbour(db: Db, options: { claimId: string; direction: "next" | "previous" }): Promise<string | null> {
  const claim = await db.claim.findUnique({ where: { id: options.claimId }, select: { articleId: true, start: true, end: true } });
  if (!claim) return null;
  const forward = options.direction === "next";
  const sibling = await db.claim.findFirst({
    where: {
      articleId: claim.articleId,
      id: { not: options.claimId },
      OR: forward
        ? [{ start: { gt: claim.start } }, { start: claim.start, end: { gt: claim.end } }, { start: claim.start, end: claim.end, id: { gt: options.claimId } }]
        : [{ start: { lt: claim.start } }, { start: claim.start, end: { lt: claim.end } }, { start: claim.start, end: claim.end, id: { lt: options.claimId } }],
    },
    orderBy: forward ? [{ start: "asc" }, { end: "asc" }, { id: "asc" }] : [{ start: "desc" }, { end: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return sibling?.id ?? null;
}
