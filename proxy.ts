// Runs before every page, action and API request:
// - sets the Content-Security-Policy with a fresh nonce (and HSTS over https);
// - hands next-auth only parseable, same-origin callback URLs (query and cookie);
// - refuses server-action requests Next.js would answer with a 500 (foreign Origin → 403,
//   malformed body → 400);
// - redirects signed-out visitors of desk pages to the sign-in page, keeping the address they
//   asked for. For every method: a signed-out POST/PUT/DELETE to a page gets a redirect too, never
//   a rendered page. Only a first line: every page, action and route handler checks the session
//   itself (lib/auth/session.ts), before it loads any data.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy, createNonce, HSTS } from "@/lib/security/content-security-policy";
import { foreignOrigin, malformedActionBody } from "@/lib/security/server-action-guard";
import { sanitizeAuthRequest } from "@/lib/security/sanitize-auth-request";

const PUBLIC_PAGES = /^\/(signin|api\/)/;

export async function proxy(request: NextRequest) {
  const https = isHttps(request);
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    if (https) response.headers.set("Strict-Transport-Security", HSTS);
    return response;
  };

  if (request.headers.has("next-action")) {
    const refusal = foreignOrigin(request.headers) ?? (await malformedActionBody(request));
    if (refusal) return secure(new NextResponse(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } }));
  }

  const { pathname, search } = request.nextUrl;
  // next-auth answers 500 on an unparseable callbackUrl (query or cookie): hand it a safe one.
  const authRedirect = pathname.startsWith("/api/auth/") ? sanitizeAuthRequest(request) : null;
  if (authRedirect) return secure(NextResponse.redirect(authRedirect, 307));
  // Actions answer for themselves: their own session check returns "your session has ended" to
  // the form that called them, which a redirect could not.
  if (!PUBLIC_PAGES.test(pathname) && !request.headers.has("next-action")) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }).catch(() => null);
    if (!token) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      // 303 turns any method into a GET of the sign-in page; 307 keeps a GET a GET.
      const method = request.method;
      return secure(NextResponse.redirect(signIn, method === "GET" || method === "HEAD" ? 307 : 303));
    }
  }

  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", nonce);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }));
}

function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

export const config = {
  // Everything but build assets: pages (CSP, sign-in redirect), actions (guard), API routes (CSP).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
