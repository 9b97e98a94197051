// Where "next" and "previous" lead from a claim page. Opened from My queue: through the queue
// (the step page finds the neighbour when it is taken, so a claim reviewed meanwhile is skipped);
// otherwise: the article's claims in reading order.
import type { Db } from "@/lib/db";
import { articleNeighbour } from "@/lib/claims/article-neighbour";

export interface ReviewSteps {
  context: "queue" | "article";
  next: string | null;
  previous: string | null;
}

export function queueStepHref(claimId: string, direction: "next" | "previous"): string {
  return `/queue/step?from=${encodeURIComponent(claimId)}&dir=${direction}`;
}

export async function reviewSteps(db: Db, claimId: string, fromQueue: boolean): Promise<ReviewSteps> {
  if (fromQueue) return { context: "queue", next: queueStepHref(claimId, "next"), previous: queueStepHref(claimId, "previous") };
  const [next, previous] = await Promise.all([
    articleNeighbour(db, { claimId, direction: "next" }),
    articleNeighbour(db, { claimId, direction: "previous" }),
  ]);
  return { context: "article", next: next ? `/claims/${next}` : null, previous: previous ? `/claims/${previous}` : null };
}
