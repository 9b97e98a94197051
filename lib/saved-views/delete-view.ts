import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";

/** Deletes one of the editor's own views (someone else's is "not found", never deleted). */
export async function deleteView(db: Db, id: string, userId: string) {
  await db.$transaction(async (tx) => {
    const view = await tx.savedView.findFirst({ where: { id, userId } });
    if (!view) throw new NotFoundError("That view");
    await tx.savedView.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: userId,
      action: "saved_view.delete",
      entityType: "saved_view",
      entityId: id,
      before: { name: view.name, query: view.query },
    });
  });
}
