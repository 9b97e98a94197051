/**
 * Where to send the browser after sign-in: only a path on this site, never another origin.
 *
 * The value is resolved as a URL first (browsers drop tabs and newlines, treat "\" as "/", and
 * resolve "." / ".." / "%2e" segments), and the *result* is checked: "/.//evil.example" resolves
 * to the path "//evil.example", which a browser reads as another host. So a resolved path that
 * starts with two slashes (or a backslash) is refused, and the returned text is re-parsed to
 * prove it stays on this origin. Anything unparseable falls back to the articles list.
 */
const FALLBACK = "/articles";
const BASE = "http://claimdesk.invalid";

export function safeCallbackPath(value: string | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2_000) return FALLBACK;
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return FALLBACK;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!isSameOriginPath(path)) return FALLBACK;
    return path;
  } catch {
    return FALLBACK;
  }
}

/** True for "/x…" that a browser would resolve to this origin: not "//host", not "/\host". */
export function isSameOriginPath(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return false;
  // Browsers strip ASCII tab/newline and leading/trailing C0 controls before parsing.
  if (/[\u0000-\u001f\u007f]/.test(path)) return false;
  try {
    return new URL(path, BASE).origin === BASE;
  } catch {
    return false;
  }
}

/**
 * next-auth's `redirect` callback: the same rule for the callbackUrl it reads from the query, the
 * form body or its cookie. Never throws, whatever the value (next-auth answered 500 on "http://[").
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  try {
    const base = new URL(baseUrl);
    let candidate = url;
    if (!candidate.startsWith("/")) {
      const absolute = new URL(candidate);
      if (absolute.origin !== base.origin) return `${base.origin}${FALLBACK}`;
      candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
    }
    return `${base.origin}${safeCallbackPath(candidate)}`;
  } catch {
    try {
      return `${new URL(baseUrl).origin}${FALLBACK}`;
    } catch {
      return FALLBACK;
    }
  }
}
