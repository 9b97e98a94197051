// An assignee must be a current editor or admin: a viewer or a removed account cannot own a claim.
import type { Db, Tx } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";

export async function requireAssignable(db: Db | Tx, userId: string | null): Promise<void> {
  if (userId === null) return;
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user || user.role === "VIEWER") {
    throw new InvalidInputError("Claims can be assigned only to editors and admins.", { assigneeId: "Choose an editor" });
  }
}
