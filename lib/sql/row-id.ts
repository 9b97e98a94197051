// Ids for rows written by raw SQL (bulk claim and article inserts): the same shape as Prisma's cuid
// ids (lowercase letters and digits, starting with "c"), so links and id checks treat these rows
// like any other.
import { randomBytes } from "node:crypto";

export function rowId(): string {
  const bytes = randomBytes(16);
  let id = "c";
  for (const byte of bytes) id += (byte % 36).toString(36);
  return id + Date.now().toString(36).slice(-8);
}
