import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WASM packages are loaded from node_modules at run time rather than bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "wink-nlp", "wink-eng-lite-web-model", "piscina", "pg-boss", "yauzl", "pdfkit", "pg-cursor"],
  poweredByHeader: false,
  // End-to-end tests build into their own folder, so they never replace the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // No other site may frame the desk (clickjacking the review form). The Content-Security-Policy
          // (with a per-response nonce) and HSTS are set by proxy.ts.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          // The desk needs none of these browser powers; a script injected despite the CSP gets none.
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          // Another site's window opened from here (or opening us) gets no handle on this one.
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
  experimental: {
    // An article file may hold 1,000,000 characters (lib/validation/article-file.ts), up to
    // 3 bytes each in UTF-8.
    serverActions: { bodySizeLimit: "4mb" },
  },
};

export default nextConfig;
