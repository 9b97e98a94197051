// API token secrets: 256 random bits, stored only as their sha256. A fast hash is right here
// (unlike passwords): the secret is random, so there is nothing to guess.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "cdk_";

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
