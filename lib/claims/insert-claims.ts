// Writes extracted claims in one INSERT with a single JSON parameter, for one article or for the
// several articles of a bulk-import transaction. Prisma's createMany sends every value of every row
// as its own parameter and spent ~100 ms of client time on an article's 60 claims, several times
// the database's own work; this keeps bulk import bound by extraction, not by the client
// (docs/import.md). Column defaults (status, version, createdAt) and triggers apply as for any insert.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rowId } from "@/lib/sql/row-id";

export interface ArticleClaims {
  articleId: string;
  claims: Prisma.ClaimCreateWithoutArticleInput[];
}

export async function insertClaims(tx: Tx, articles: ArticleClaims[]): Promise<void> {
  const rows = articles.flatMap(({ articleId, claims }) => claims.map((claim) => ({ ...claim, id: rowId(), articleId })));
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO claims (id, "articleId", text, quote, start, "end", type, checkworthiness,
                        "quantityValue", "quantityUnit", "quantityComparator", "quantityPeriod",
                        "moneyAmount", "moneyCurrency", speaker, "attributionCue", entities, details, "updatedAt")
    SELECT r.id, r."articleId", r.text, r.quote, r.start, r."end", r.type, r.checkworthiness,
           r."quantityValue", r."quantityUnit", r."quantityComparator", r."quantityPeriod",
           r."moneyAmount", r."moneyCurrency", r.speaker, r."attributionCue", r.entities, r.details, now()
      FROM json_populate_recordset(NULL::claims, ${JSON.stringify(rows)}::json) AS r`;
}
