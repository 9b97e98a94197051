// An assignee must be a current editor or admin: a viewer or a removed account cannot own a claim.
import type { Db, Tx } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";

/** The assignee's id and name (null for "nobody"), or an error the form shows. */
export async function requireAssignable(db: Db | Tx, userId: string | null): Promise<{ id: string; name: string } | null> {
  if (userId === null) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true } });
  if (!user || user.role === "VIEWER") {
    throw new InvalidInputError("Claims can be assigned only to editors and admins.", { assigneeId: "Choose an editor" });
  }
  return { id: user.id, name: user.name };
}
