// next-auth configuration: credentials sign-in, JWT sessions carrying the user's id and role.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/validation/sign-in";
import { authenticate } from "./authenticate";
import { DATABASE_UNAVAILABLE_DIGEST, DESK_BUSY_DIGEST, isDatabaseUnavailable, isDeskBusy, SIGN_IN_INTERNAL_ERROR } from "@/lib/errors";
import type { Role } from "./roles";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          return await authenticate(parsed.data.email, parsed.data.password);
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
        const u = user as { id: string; role: Role };
        token.uid = u.id;
        token.role = u.role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid as string;
        session.user.role = token.role as Role;
      }
      return session;
    },
  },
};
