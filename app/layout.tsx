import type { Metadata } from "next";
import "./globals.css";

// Every page is rendered per request: the Content-Security-Policy nonce (proxy.ts) differs per
// response, and a page prerendered at build time would carry no nonce and run no script.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "Editorial fact-check desk",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
