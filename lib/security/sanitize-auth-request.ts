// next-auth refuses an unparseable callbackUrl in the query or in its callback-url cookie with an
// "InvalidCallbackUrl" configuration error: a 500 and a stack in the log, reachable by anyone. The
// proxy replaces both with the same-origin URL our redirect rule makes of them before next-auth
// sees the request (the form-body value goes through the redirect callback, which never throws).
import type { NextRequest } from "next/server";
import { safeRedirectUrl } from "@/lib/auth/callback-path";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** The request's URL with a safe callbackUrl, or null when it has none to fix. Mutates cookies. */
export function sanitizeAuthRequest(request: NextRequest): URL | null {
  const origin = request.nextUrl.origin;
  for (const name of CALLBACK_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (value !== undefined) request.cookies.set(name, safeRedirectUrl(value, origin));
  }
  const value = request.nextUrl.searchParams.get("callbackUrl");
  if (value === null) return null;
  const safe = safeRedirectUrl(value, origin);
  if (safe === value) return null;
  const url = request.nextUrl.clone();
  url.searchParams.set("callbackUrl", safe);
  return url;
}
