import type { Db } from "@/lib/db";

export function listViews(db: Db, userId: string) {
  return db.savedView.findMany({ where: { userId }, orderBy: { name: "asc" }, select: { id: true, name: true, query: true } });
}
