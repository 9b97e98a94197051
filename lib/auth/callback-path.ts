/**
 * Only same-site paths. Parsed as a URL rather than checked as text, because browsers drop tabs and
 * newlines from URLs: "/\t/evil.example" would otherwise become "//evil.example", another site.
 */
export function safeCallbackPath(value: string | undefined): string {
  const fallback = "/articles";
  if (!value || !value.startsWith("/")) return fallback;
  const base = "http://claimdesk.invalid";
  try {
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
