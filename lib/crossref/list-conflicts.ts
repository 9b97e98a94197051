// The Conflicts page: open figure conflicts, newest first, both claims with their quotes.
import type { Db } from "@/lib/db";

export const CONFLICTS_PAGE_SIZE = 25;

export async function listConflicts(db: Db, options: { page: number }) {
  const where = { status: "OPEN", relation: "CONFLICT" } as const;
  const claim = {
    select: {
      id: true,
      text: true,
      quote: true,
      article: { select: { id: true, title: true, outlet: true, publishedAt: true } },
    },
  } as const;
  const [total, items] = await Promise.all([
    db.claimConflict.count({ where }),
    db.claimConflict.findMany({
      where,
      include: { claimA: claim, claimB: claim },
      orderBy: [{ detectedAt: "desc" }, { id: "asc" }],
      skip: (options.page - 1) * CONFLICTS_PAGE_SIZE,
      take: CONFLICTS_PAGE_SIZE,
    }),
  ]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / CONFLICTS_PAGE_SIZE)) };
}
