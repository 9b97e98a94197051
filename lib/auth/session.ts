// Session access for pages, server actions and route handlers.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { loadSessionUser } from "./load-session-user";
import { currentClaims } from "./session-policy";
import type { Role } from "./roles";

export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/**
 * The signed-in user as the users table has them now: the session token proves who signed in,
 * but a role changed, a password changed, a sign-out, or an account removed since then takes
 * effect on the next request (the token's session version must still be the account's). A token
 * older than the absolute lifetime is refused however it was renewed. Cached per request, so a
 * layout and its page share one lookup.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = currentClaims(await readSessionToken());
  if (!claims) return null;
  return loadSessionUser(getDb(), claims);
});

/**
 * The decoded session cookie, or null. Decoded here rather than through getServerSession so that
 * a garbage cookie is simply "signed out" (no logged stack per request), and so no next-auth
 * callback runs on every page load.
 */
async function readSessionToken(): Promise<Record<string, unknown> | null> {
  const jar = await cookies();
  const req = {
    headers: Object.fromEntries(await headers()),
    cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])),
  };
  try {
    return (await getToken({ req: req as never, secret: process.env.NEXTAUTH_SECRET })) as Record<string, unknown> | null;
  } catch {
    return null;
  }
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}
