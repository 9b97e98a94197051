// Guards next-auth's credentials endpoint: an email or address past its limit gets 429 with
// Retry-After, in the shape next-auth's signIn() reads (`url` with an `error`), so the sign-in form
// can say how long to wait.
import { clientAddress } from "./client-address";
import { RATE_LIMITED, rateLimitMessage } from "./rate-limit-message";
import { signInRetryAfter } from "./sign-in-throttle";

export async function throttleSignIn(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (!url.pathname.endsWith("/callback/credentials")) return null;
  const email = await emailOf(request);
  const retryAfter = await signInRetryAfter(email, clientAddress(request.headers));
  if (retryAfter === 0) return null;
  const signIn = new URL("/signin", url);
  signIn.searchParams.set("error", `${RATE_LIMITED}:${retryAfter}`);
  return Response.json(
    { url: signIn.toString(), error: RATE_LIMITED, message: rateLimitMessage(retryAfter), retryAfter },
    { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } },
  );
}

/** The email of a form-encoded or JSON sign-in body; "" when the body is unreadable. */
async function emailOf(request: Request): Promise<string> {
  try {
    const text = await request.clone().text();
    const type = request.headers.get("content-type") ?? "";
    if (type.includes("application/json")) {
      const value = (JSON.parse(text) as { email?: unknown })?.email;
      return typeof value === "string" ? value : "";
    }
    return new URLSearchParams(text).get("email") ?? "";
  } catch {
    return "";
  }
}
