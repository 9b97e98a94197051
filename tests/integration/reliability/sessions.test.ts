// D3: sessions end on the server. A session token carries the account's session version and its
// sign-in time; sign-out, a password change and a role change bump the version (the last two by a
// database trigger, whatever code path makes them), and no token lives past its absolute lifetime.
import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { ABSOLUTE_SESSION_SECONDS, currentClaims } from "@/lib/auth/session-policy";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/authenticate";
import { createUser } from "@/lib/users/create-user";
import { makeUser, testDb } from "../support";

const PASSWORD = "correct horse battery staple";

async function signIn(email: string): Promise<JWT> {
  const user = await authenticate(email, PASSWORD);
  if (!user) throw new Error("sign-in failed");
  const jwt = authOptions.callbacks!.jwt!;
  return jwt({ token: {}, user: user as never, account: null } as never) as Promise<JWT>;
}

async function sessionOf(token: JWT) {
  const session = authOptions.callbacks!.session!;
  return session({ session: { user: {}, expires: "" }, token } as never);
}

describe("session revocation", () => {
  it("a signed-out session's token reads nothing afterwards, and the next sign-in works", async () => {
    const db = testDb();
    const user = await makeUser("EDITOR", PASSWORD);
    const token = await signIn(user.email);
    const claims = currentClaims(token)!;
    expect(await loadSessionUser(db, claims)).toMatchObject({ id: user.id, role: "EDITOR" });

    await authOptions.events!.signOut!({ token, session: null as never });
    expect(await loadSessionUser(db, claims)).toBeNull();
    await expect(sessionOf(token)).rejects.toThrow(/session ended/);

    const again = await signIn(user.email);
    expect(await loadSessionUser(db, currentClaims(again)!)).toMatchObject({ id: user.id });
  });

  it("a password change ends the account's sessions (database trigger)", async () => {
    const db = testDb();
    const user = await makeUser("EDITOR", PASSWORD);
    const claims = currentClaims(await signIn(user.email))!;
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("another long password") } });
    expect(await loadSessionUser(db, claims)).toBeNull();
  });

  it("a role change ends the account's sessions; other updates do not", async () => {
    const db = testDb();
    const user = await makeUser("EDITOR", PASSWORD);
    const claims = currentClaims(await signIn(user.email))!;
    await db.user.update({ where: { id: user.id }, data: { name: "Renamed" } });
    expect(await loadSessionUser(db, claims)).toMatchObject({ name: "Renamed" });
    await db.user.update({ where: { id: user.id }, data: { role: "VIEWER" } });
    expect(await loadSessionUser(db, claims)).toBeNull();
  });

  it("/api/auth/session's answer shows the role as it is now (a demotion shows at once)", async () => {
    const db = testDb();
    const user = await makeUser("ADMIN", PASSWORD);
    const token = await signIn(user.email);
    expect(((await sessionOf(token)) as { user: { role: string } }).user.role).toBe("ADMIN");
    // A demotion through raw SQL, as an operator might do it, still ends the session.
    await db.$executeRaw`UPDATE users SET role = 'VIEWER' WHERE id = ${user.id}`;
    await expect(sessionOf(token)).rejects.toThrow(/session ended/);
  });

  it("no token lives past the absolute lifetime, however often it is renewed", async () => {
    const user = await makeUser("EDITOR", PASSWORD);
    const token = await signIn(user.email);
    const jwt = authOptions.callbacks!.jwt!;
    // Renewal (GET /api/auth/session) keeps a young token...
    expect(await jwt({ token } as never)).toMatchObject({ uid: user.id });
    // ...but refuses one signed in longer ago than the lifetime, whatever its cookie expiry says.
    const old = { ...token, authAt: Math.floor(Date.now() / 1000) - ABSOLUTE_SESSION_SECONDS - 1 };
    await expect(Promise.resolve().then(() => jwt({ token: old } as never))).rejects.toThrow(/session ended/);
    expect(currentClaims(old)).toBeNull();
    // Tokens without our claims (issued before this version, or forged shapes) are refused.
    expect(currentClaims({ uid: user.id })).toBeNull();
    expect(currentClaims({ ...token, authAt: Math.floor(Date.now() / 1000) + 3600 })).toBeNull();
  });
});

describe("accounts", () => {
  it("every account the app creates has an audit row, the seed's demo accounts included", async () => {
    const db = testDb();
    const created = await createUser(db, { email: `audit-${Date.now()}@example.test`, name: "A", role: "VIEWER", password: "x".repeat(12) }, null);
    expect(await db.auditLog.count({ where: { entityType: "user", entityId: created.id, action: "user.create" } })).toBe(1);
  });
});
