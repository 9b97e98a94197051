// The account behind a session, as the users table has it now, or null when the session has been
// revoked (sign-out, password or role change) or the account removed.
import type { Db } from "@/lib/db";
import type { Role } from "./roles";
import type { SessionClaims } from "./session-policy";

export interface SessionAccount {
  id: string;
  role: Role;
  name: string;
  email: string;
}

export async function loadSessionUser(db: Db, claims: SessionClaims): Promise<SessionAccount | null> {
  const user = await db.user.findUnique({
    where: { id: claims.uid },
    select: { id: true, role: true, name: true, email: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
