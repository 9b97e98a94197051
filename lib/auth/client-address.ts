// The address a request came from, for per-address sign-in limits. Next.js passes the peer address
// as X-Forwarded-For only when the request has none, and a reverse proxy appends the address it
// saw: the LAST entry is the one nobody in front of that proxy could choose. Without a proxy a
// client can still pick its own value, which is why attempts are also limited per account.
type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientAddress(headers: HeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  const address = last ?? header(headers, "x-real-ip")?.trim();
  // Bounded: the value becomes a key in the limiter's memory.
  return address ? address.slice(0, 64) : "unknown";
}
