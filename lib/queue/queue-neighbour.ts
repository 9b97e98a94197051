// The claim after (or before) a given claim in my queue: what "save and next" and j/k open.
// The step is taken from the claim's position, not from its membership: a claim just verified
// has left the queue, but its place still says where the next one is. Past the end it wraps to
// the start, so the last open claim is still found; null when nothing else is open.
import type { Db } from "@/lib/db";
import { openClaimsOf, pastPosition, QUEUE_ORDER, QUEUE_ORDER_REVERSED } from "./queue-order";

export async function queueNeighbour(
  db: Db,
  options: { userId: string; claimId: string; direction: "next" | "previous" },
): Promise<string | null> {
  const claim = await db.claim.findUnique({
    where: { id: options.claimId },
    select: { id: true, checkworthiness: true, createdAt: true },
  });
  const forward = options.direction === "next";
  const order = forward ? QUEUE_ORDER : QUEUE_ORDER_REVERSED;
  const open = openClaimsOf(options.userId);
  if (claim) {
    const [step] = await db.$queryRaw<{ id: string }[]>`
      SELECT c."id" FROM "claims" c
      WHERE ${open} AND ${pastPosition(claim, forward ? "after" : "before")}
      ORDER BY ${order} LIMIT 1`;
    if (step) return step.id;
  }
  const [wrapped] = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "claims" c WHERE ${open} AND c."id" <> ${options.claimId} ORDER BY ${order} LIMIT 1`;
  return wrapped?.id ?? null;
}
