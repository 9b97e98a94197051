// The viewer's recent batches with their counts (admins see everyone's), newest first.
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";

export const RECENT_BATCHES = 20;

export interface ImportBatchSummary {
  id: string;
  createdAt: Date;
  source: string;
  total: number;
  open: number;
  failed: number;
}

export async function listImportBatches(db: Db, viewer: { id: string; role: Role }): Promise<ImportBatchSummary[]> {
  const batches = await db.importBatch.findMany({
    where: viewer.role === "ADMIN" ? {} : { createdById: viewer.id },
    orderBy: { createdAt: "desc" },
    take: RECENT_BATCHES,
    select: { id: true, createdAt: true, source: true },
  });
  if (batches.length === 0) return [];
  const counts = await db.importEntry.groupBy({
    by: ["batchId", "status"],
    where: { batchId: { in: batches.map((b) => b.id) } },
    _count: { _all: true },
  });
  return batches.map((batch) => {
    const mine = counts.filter((c) => c.batchId === batch.id);
    const sum = (statuses: string[]) => mine.filter((c) => statuses.includes(c.status)).reduce((a, c) => a + c._count._all, 0);
    return { ...batch, total: sum(["QUEUED", "IMPORTING", "IMPORTED", "DUPLICATE", "FAILED"]), open: sum(["QUEUED", "IMPORTING"]), failed: sum(["FAILED"]) };
  });
}
