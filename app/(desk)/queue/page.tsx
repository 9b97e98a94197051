import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { listQueue } from "@/lib/queue/list-queue";
import { QueueTable } from "@/components/review-desk/queue-table";
import { reviewClaimAction } from "../claims/[id]/actions";

export const metadata: Metadata = { title: "My queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function QueuePage({ searchParams }: { searchParams: SearchParams }) {
  const { after } = await searchParams;
  const cursor = typeof after === "string" ? after : null;
  const user = await requirePageUser(`/queue${cursor ? `?after=${encodeURIComponent(cursor)}` : ""}`);
  if (user.role === "VIEWER") {
    return (
      <>
        <h1>My queue</h1>
        <p className="empty">Viewers have no queue: claims are assigned to editors.</p>
      </>
    );
  }
  const queue = await listQueue(getDb(), { userId: user.id, cursor });
  const count = `${queue.count.toLocaleString("en")}${queue.countIsLowerBound ? "+" : ""}`;

  return (
    <>
      <div className="page-head">
        <h1>My queue</h1>
      </div>
      <p className="muted" data-testid="queue-count">
        {queue.count === 0
          ? "Nothing assigned to you is open. Assign claims to yourself from the claims list or a claim's page."
          : `${count} open ${queue.count === 1 ? "claim" : "claims"} assigned to you, most check-worthy first.`}
      </p>
      {queue.count > 0 ? <QueueTable key={cursor ?? "first"} items={queue.items} reviewAction={reviewClaimAction} /> : null}
      <nav className="pagination" aria-label="Queue pages">
        {queue.paged ? <Link href="/queue">← First page</Link> : <span />}
        {queue.nextCursor ? <Link href={`/queue?after=${encodeURIComponent(queue.nextCursor)}`}>Next page →</Link> : <span />}
      </nav>
    </>
  );
}
