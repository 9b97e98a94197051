// Session access for pages, server actions and route handlers.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { authOptions } from "./options";
import type { Role } from "./roles";

export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/**
 * The signed-in user as the users table has them now: the session token proves who signed in,
 * but a role changed or an account removed since then takes effect on the next request.
 * Cached per request, so a layout and its page share one lookup.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({ where: { id }, select: { id: true, role: true, name: true, email: true } });
  return user;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}
