// Checks an email and password against the users table. Says nothing about which one was wrong.
import { getDb } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { Role } from "./roles";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Written into the session token: a later bump (sign-out, password or role change) ends it. */
  sessionVersion: number;
}

export async function authenticate(email: string, password: string): Promise<AuthenticatedUser | null> {
  const user = await getDb().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
