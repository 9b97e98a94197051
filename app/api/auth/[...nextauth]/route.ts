import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { throttleSignIn } from "@/lib/auth/throttle-sign-in-request";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function post(request: Request, context: Context) {
  // Sign-in attempts past the limit are refused before a password is even hashed.
  const refused = await throttleSignIn(request);
  return refused ?? handler(request, context);
}

export { handler as GET, post as POST };
