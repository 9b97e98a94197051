// Ends every session of one account at its next request. Sign-out calls it; password and role
// changes get the same from a database trigger (migration 20261201160050_session_version_sql).
import type { Db, Tx } from "@/lib/db";

export async function revokeSessions(db: Db | Tx, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
