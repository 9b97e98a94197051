// How long a session lives, and what a session token must carry to be honoured.

/** A session ends this long after sign-in, however often it is used or renewed. */
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;

/** What Claimdesk writes into the next-auth JWT at sign-in. */
export interface SessionClaims {
  uid: string;
  /** users.sessionVersion when the session was issued: a bump (sign-out, password or role change) ends it. */
  sv: number;
  /** Sign-in time, seconds since the epoch: the absolute lifetime counts from here. */
  authAt: number;
}

/** The claims of a decoded token, or null when it is not one of ours or has outlived its absolute lifetime. */
export function currentClaims(token: Record<string, unknown> | null | undefined, now = Date.now()): SessionClaims | null {
  if (!token) return null;
  const { uid, sv, authAt } = token;
  if (typeof uid !== "string" || typeof sv !== "number" || typeof authAt !== "number") return null;
  if (now / 1000 - authAt > ABSOLUTE_SESSION_SECONDS || authAt > now / 1000 + 60) return null;
  return { uid, sv, authAt };
}
