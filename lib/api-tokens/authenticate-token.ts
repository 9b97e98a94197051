// Bearer-token access for newsroom systems. A token acts with its own role; writes are recorded
// under the admin who created it.
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { hashTokenSecret, TOKEN_PREFIX } from "./token-secret";

export interface TokenPrincipal {
  kind: "token";
  tokenId: string;
  tokenName: string;
  role: Role;
  /** The user writes made with this token are attributed to: the admin who created it. */
  actorId: string;
}

/** The token's principal, or null for anything else (unknown, malformed, revoked): the caller answers 401 without detail. */
export async function authenticateToken(db: Db, authorization: string | null): Promise<TokenPrincipal | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  const secret = match?.[1];
  if (!secret || !secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, name: true, role: true, createdById: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt) return null;
  // "Last used" to the minute is enough, and spares a write on every request.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { kind: "token", tokenId: token.id, tokenName: token.name, role: token.role, actorId: token.createdById };
}
