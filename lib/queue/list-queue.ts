// "My queue": a page of my open claims in queue order, keyset-paged (no OFFSET, so page 500
// costs what page 1 does), with a bounded count of how many are open.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimStatus, ClaimType, Verdict } from "@/lib/generated/prisma/enums";
import { decodeQueueCursor, encodeQueueCursor } from "./queue-cursor";
import { openClaimsOf, pastPosition, QUEUE_ORDER } from "./queue-order";

export const QUEUE_PAGE_SIZE = 25;
/** Counting stops here: "1,000+" is all an editor needs to know about a long queue. */
export const QUEUE_COUNT_LIMIT = 1_000;

export interface QueueItem {
  id: string;
  text: string;
  quote: string;
  type: ClaimType;
  status: ClaimStatus;
  verdict: Verdict | null;
  reviewNote: string | null;
  version: number;
  checkworthiness: number;
  createdAt: Date;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
}

export async function listQueue(db: Db, options: { userId: string; cursor?: string | null; pageSize?: number }) {
  const pageSize = options.pageSize ?? QUEUE_PAGE_SIZE;
  const position = decodeQueueCursor(options.cursor);
  const after = position ? Prisma.sql`AND ${pastPosition(position, "after")}` : Prisma.empty;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<QueueItem[]>`
      SELECT c."id", c."text", c."quote", c."type", c."status", c."verdict", c."reviewNote", c."version",
        c."checkworthiness", c."createdAt", c."articleId", a."title" AS "articleTitle", a."outlet"
      FROM "claims" c JOIN "articles" a ON a."id" = c."articleId"
      WHERE ${openClaimsOf(options.userId)} ${after}
      ORDER BY ${QUEUE_ORDER}
      LIMIT ${pageSize + 1}`,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM (
        SELECT 1 FROM "claims" c WHERE ${openClaimsOf(options.userId)} LIMIT ${QUEUE_COUNT_LIMIT + 1}
      ) open_claims`,
  ]);
  const count = counted[0]?.count ?? 0;
  const items = rows.slice(0, pageSize);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > pageSize && last ? encodeQueueCursor(last) : null,
    /** True when the cursor given was used (false for the first page and for a cursor that did not parse). */
    paged: position !== null,
    count: Math.min(count, QUEUE_COUNT_LIMIT),
    countIsLowerBound: count > QUEUE_COUNT_LIMIT,
  };
}
