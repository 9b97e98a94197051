// "Next" / "previous" through My queue from a claim page (j/k, save and next): finds the
// neighbour when the step is taken, then opens it. Past the last open claim: back to the queue.
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { queueNeighbour } from "@/lib/queue/queue-neighbour";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function QueueStepPage({ searchParams }: { searchParams: SearchParams }) {
  const { from, dir } = await searchParams;
  const user = await requirePageUser("/queue");
  if (typeof from !== "string" || from.length > 64) redirect("/queue");
  const next = await queueNeighbour(getDb(), { userId: user.id, claimId: from, direction: dir === "previous" ? "previous" : "next" });
  redirect(next ? `/claims/${next}?from=queue` : "/queue");
}
