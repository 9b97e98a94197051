import { createHash } from "node:crypto";

/** Line endings unified and outer whitespace trimmed: offsets are computed on exactly this text. */
export function normalizeBody(body: string): string {
  return body.replace(/\r\n?/g, "\n").normalize("NFC").trim();
}

/** Identity of an article's text, so the same article is not imported twice. */
export function contentHash(normalizedBody: string): string {
  return createHash("sha256").update(normalizedBody.replace(/\s+/g, " ")).digest("hex");
}
