// next-auth configuration: credentials sign-in, JWT sessions carrying the user's id, the account's
// session version and the sign-in time. Every request re-reads the account (lib/auth/session.ts),
// so a sign-out, a password or role change, or a removed account ends the session at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/validation/sign-in";
import { getDb } from "@/lib/db";
import { authenticate } from "./authenticate";
import { DATABASE_UNAVAILABLE_DIGEST, DESK_BUSY_DIGEST, isDatabaseUnavailable, isDeskBusy, SIGN_IN_INTERNAL_ERROR } from "@/lib/errors";
import { safeRedirectUrl } from "./callback-path";
import { clientAddress } from "./client-address";
import { loadSessionUser } from "./load-session-user";
import { revokeSessions } from "./revoke-sessions";
import { ABSOLUTE_SESSION_SECONDS, currentClaims } from "./session-policy";
import { recordSignInFailure, recordSignInSuccess } from "./sign-in-throttle";
import type { Role } from "./roles";

export const authOptions: NextAuthOptions = {
  // The cookie lasts as long as the absolute lifetime; renewing it never extends the session past
  // it, because the jwt callback refuses a token signed in longer ago (see currentClaims).
  session: { strategy: "jwt", maxAge: ABSOLUTE_SESSION_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const address = clientAddress(req?.headers as Record<string, string> | undefined);
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) {
          await recordSignInFailure(email, address);
          return null;
        }
        try {
          const user = await authenticate(parsed.data.email, parsed.data.password);
          if (user) await recordSignInSuccess(parsed.data.email);
          else await recordSignInFailure(parsed.data.email, address);
          return user;
        } catch (error) {
          // next-auth hands a thrown message to the browser as `error`: only codes go there, the
          // sign-in form explains them, and the details stay in the server log.
          if (isDatabaseUnavailable(error)) throw new Error(DATABASE_UNAVAILABLE_DIGEST);
          if (isDeskBusy(error)) throw new Error(DESK_BUSY_DIGEST);
          console.error("[claimdesk] sign-in failed", error);
          throw new Error(SIGN_IN_INTERNAL_ERROR);
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: Role; sessionVersion: number };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sessionVersion;
        token.authAt = Math.floor(Date.now() / 1000);
        return token;
      }
      // Renewal (GET /api/auth/session re-issues the cookie) never outlives the absolute lifetime:
      // a throw here makes next-auth clear the cookie and answer "no session".
      if (!currentClaims(token)) throw new SessionEndedError();
      return token;
    },
    async session({ session, token }) {
      const claims = currentClaims(token);
      if (!claims) throw new SessionEndedError();
      let account;
      try {
        account = await loadSessionUser(getDb(), claims);
      } catch (error) {
        // The database is down: answer from the token rather than sign everyone out; every page
        // and action checks the account again before it shows or changes anything.
        if (!isDatabaseUnavailable(error)) throw error;
        return { ...session, user: { ...session.user, id: claims.uid, role: token.role as Role } };
      }
      // A revoked session or removed account: next-auth clears the cookie and answers {}.
      if (!account) throw new SessionEndedError();
      // The role as it is now, so a demotion shows at once (not the role at sign-in).
      return { ...session, user: { id: account.id, role: account.role, name: account.name, email: account.email } };
    },
    redirect({ url, baseUrl }) {
      // Same rule as the sign-in page, for the callbackUrl next-auth takes from the query, the
      // form body or its cookie; never throws on an unparseable value (that was a 500).
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      // Signing out ends the session on the server too: the old cookie, if kept, reads nothing.
      const claims = currentClaims(token as Record<string, unknown> | null);
      if (claims) await revokeSessions(getDb(), claims.uid);
    },
  },
  logger: {
    // A garbage, expired or revoked session cookie is an ordinary event: one line, no stack.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR") {
        const reason = metadata instanceof Error ? metadata.message : (metadata as { message?: string })?.message;
        console.warn(`[claimdesk] session cookie refused: ${String(reason ?? "invalid").slice(0, 120)}`);
        return;
      }
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};

class SessionEndedError extends Error {
  constructor() {
    super("session ended (signed out, expired, or the account changed)");
  }
}
