// Claims and notes a correction left without their words, not yet re-attached or archived.
// Served by partial indexes on orphanedAt (see the _sql migration).
import type { Db } from "@/lib/db";

export async function listOrphans(db: Db, options: { articleId?: string; take?: number } = {}) {
  const where = { orphanedAt: { not: null }, archivedAt: null, ...(options.articleId ? { articleId: options.articleId } : {}) };
  const take = options.take ?? 200;
  const [claims, notes] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: { orphanedAt: "desc" },
      take,
      select: { id: true, text: true, quote: true, status: true, verdict: true, orphanedAt: true, article: { select: { id: true, title: true } } },
    }),
    db.note.findMany({
      where: { ...where, parentId: null },
      orderBy: { orphanedAt: "desc" },
      take,
      select: { id: true, body: true, quote: true, orphanedAt: true, author: { select: { name: true } }, article: { select: { id: true, title: true } } },
    }),
  ]);
  return { claims, notes };
}

export type Orphans = Awaited<ReturnType<typeof listOrphans>>;
