// Authors change their own notes; admins change anyone's.
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

export async function noteForChange(tx: Tx, noteId: string, user: Pick<SessionUser, "id" | "role">) {
  const note = await tx.note.findUnique({ where: { id: noteId } });
  if (!note) throw new NotFoundError("This note");
  if (note.authorId !== user.id && user.role !== "ADMIN") throw new ForbiddenError("Only the note's author or an admin can change it.");
  return note;
}
