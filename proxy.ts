// Redirects signed-out visitors of desk pages to the sign-in page, keeping the address they asked
// for (path and query) so they land on it after signing in. Only a convenience: every page, action
// and route handler checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

export async function proxy(request: NextRequest) {
  // Page loads only. Server actions (POST with a Next-Action header) answer for themselves, so
  // their own session check is what refuses them, not this redirect.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Pages only: not sign-in, not API routes (they answer 401 themselves), not static files.
  matcher: ["/((?!signin|api/|_next/|favicon.ico).*)"],
};
