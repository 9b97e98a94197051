// The people a claim can be assigned to: editors and admins (viewers cannot review).
import type { Db } from "@/lib/db";

export async function listEditors(db: Db) {
  return db.user.findMany({
    where: { role: { in: ["EDITOR", "ADMIN"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

export type EditorOption = Awaited<ReturnType<typeof listEditors>>[number];
