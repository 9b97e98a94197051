// A batch's progress, as the import page polls it: counts per status (counted in SQL) and the
// entries in upload order with their outcome. Editors see their own batches, admins every batch.
import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/auth/roles";
import type { ImportEntryStatus } from "@/lib/generated/prisma/enums";

/** Entries shown per batch; the counts always cover all of them. */
export const ENTRIES_SHOWN = 1_000;

export interface ImportBatchView {
  id: string;
  createdAt: string;
  source: string;
  total: number;
  done: boolean;
  counts: { queued: number; importing: number; imported: number; duplicate: number; failed: number };
  entries: Array<{
    id: string;
    name: string;
    status: ImportEntryStatus;
    reason: string | null;
    claimCount: number | null;
    articleId: string | null;
    articleTitle: string | null;
  }>;
}

export async function getImportBatch(db: Db, options: { batchId: string; viewer: { id: string; role: Role } }): Promise<ImportBatchView> {
  const { batchId, viewer } = options;
  const batch = await db.importBatch.findFirst({
    where: { id: batchId, ...(viewer.role === "ADMIN" ? {} : { createdById: viewer.id }) },
    select: { id: true, createdAt: true, source: true },
  });
  if (!batch) throw new NotFoundError("This import");
  const [groups, entries] = await Promise.all([
    db.importEntry.groupBy({ by: ["status"], where: { batchId }, _count: { _all: true } }),
    db.importEntry.findMany({
      where: { batchId },
      orderBy: { position: "asc" },
      take: ENTRIES_SHOWN,
      select: { id: true, name: true, status: true, reason: true, claimCount: true, articleId: true, article: { select: { title: true } } },
    }),
  ]);
  const count = (status: ImportEntryStatus) => groups.find((g) => g.status === status)?._count._all ?? 0;
  const counts = { queued: count("QUEUED"), importing: count("IMPORTING"), imported: count("IMPORTED"), duplicate: count("DUPLICATE"), failed: count("FAILED") };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    id: batch.id,
    createdAt: batch.createdAt.toISOString(),
    source: batch.source,
    total,
    done: counts.queued + counts.importing === 0,
    counts,
    entries: entries.map(({ article, ...entry }) => ({ ...entry, articleTitle: article?.title ?? null })),
  };
}
