// The Content-Security-Policy of every page: scripts only from this origin and with this
// response's nonce (Next.js adds the nonce to its own script tags when it finds it in the request's
// CSP header), nothing framed, no plugins, forms post only here.

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced Next.js runtime loads are trusted too. 'unsafe-eval' only
    // for `next dev` (React's dev tools need it).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (React's `style`, Next's route announcer) are not script; a nonce
    // cannot cover attributes, so styles keep 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh nonce per response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS, only when the request reached us over https (directly or through a proxy that says so). */
export const HSTS = "max-age=63072000; includeSubDomains";
