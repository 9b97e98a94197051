// Writes an article's extracted claims in one INSERT with a single JSON parameter. Prisma's
// createMany sends every value of every row as its own parameter and spent ~100 ms of client time
// on an article's 60 claims, several times the database's own work; this keeps bulk import bound
// by extraction, not by the client (docs/import.md). Column defaults (status, version, createdAt)
// and triggers apply as for any insert.
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function insertClaims(tx: Tx, articleId: string, claims: Prisma.ClaimCreateWithoutArticleInput[]): Promise<void> {
  if (claims.length === 0) return;
  const rows = claims.map((claim) => ({ ...claim, id: claimId() }));
  await tx.$executeRaw`
    INSERT INTO claims (id, "articleId", text, quote, start, "end", type, checkworthiness,
                        "quantityValue", "quantityUnit", "quantityComparator", "quantityPeriod",
                        "moneyAmount", "moneyCurrency", speaker, "attributionCue", entities, details, "updatedAt")
    SELECT r.id, ${articleId}, r.text, r.quote, r.start, r."end", r.type, r.checkworthiness,
           r."quantityValue", r."quantityUnit", r."quantityComparator", r."quantityPeriod",
           r."moneyAmount", r."moneyCurrency", r.speaker, r."attributionCue", r.entities, r.details, now()
      FROM json_populate_recordset(NULL::claims, ${JSON.stringify(rows)}::json) AS r`;
}

/** Same shape as Prisma's cuid ids (lowercase letters and digits, starting with "c"), so links
 * and id checks treat these claims like any other. */
function claimId(): string {
  const bytes = randomBytes(16);
  let id = "c";
  for (const byte of bytes) id += (byte % 36).toString(36);
  return id + Date.now().toString(36).slice(-8);
}
