// What "my queue" is, as SQL shared by the list and the next/previous steps: my claims that are
// still open, in check-worthiness, then recency order (id breaks ties, so the order is total).
// Every query here is served by the partial index "claims_review_queue_idx".
import { Prisma } from "@/lib/generated/prisma/client";
import type { QueuePosition } from "./queue-cursor";

export const OPEN_STATUSES = ["UNREVIEWED", "IN_REVIEW"] as const;

export function openClaimsOf(userId: string): Prisma.Sql {
  return Prisma.sql`c."assigneeId" = ${userId} AND c."status" IN ('UNREVIEWED', 'IN_REVIEW')`;
}

/** Rows after (or before) a position in queue order. */
export function pastPosition(position: QueuePosition, direction: "after" | "before"): Prisma.Sql {
  const row = Prisma.sql`(c."checkworthiness", c."createdAt", c."id")`;
  const at = Prisma.sql`(${position.checkworthiness}::float8, ${position.createdAt}::timestamp(3), ${position.id})`;
  return direction === "after" ? Prisma.sql`${row} < ${at}` : Prisma.sql`${row} > ${at}`;
}

export const QUEUE_ORDER = Prisma.sql`c."checkworthiness" DESC, c."createdAt" DESC, c."id" DESC`;
export const QUEUE_ORDER_REVERSED = Prisma.sql`c."checkworthiness" ASC, c."createdAt" ASC, c."id" ASC`;
