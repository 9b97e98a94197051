// Cross-references articles already in the database (`npm run crossref:backfill`, the seed step of
// `npm start` and of the e2e run). Idempotent: it indexes articles that have claims without match
// keys (all articles with `all`), in batches of one transaction each, then refreshes the word
// statistics suggestions use and re-counts entities. Rerunning changes nothing; editors'
// decisions (dismissed or confirmed conflicts) are never reset.
import type { Db } from "@/lib/db";
import { indexArticles } from "./index-articles";

export interface BackfillOptions {
  /** Re-index every article, not only those with claims missing their keys. */
  all?: boolean;
  /** Articles per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BackfillReport {
  articles: number;
  claims: number;
  newConflicts: number;
}

const BATCH_TRANSACTION = { maxWait: 10_000, timeout: 600_000 };

export async function backfillCrossref(db: Db, options: BackfillOptions = {}): Promise<BackfillReport> {
  const batchSize = options.batchSize ?? 500;
  const rows = options.all
    ? await db.$queryRaw<Array<{ id: string }>>`SELECT id FROM articles ORDER BY id`
    : await db.$queryRaw<Array<{ id: string }>>`
        SELECT DISTINCT c."articleId" AS id FROM claims c
        WHERE NOT EXISTS (SELECT 1 FROM claim_xref x WHERE x."claimId" = c.id) ORDER BY 1`;
  const ids = rows.map((r) => r.id);
  const report: BackfillReport = { articles: ids.length, claims: 0, newConflicts: 0 };
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    const result = await db.$transaction((tx) => indexArticles(tx, batch), BATCH_TRANSACTION);
    report.claims += result.claims;
    report.newConflicts += result.newConflicts;
    options.onProgress?.(Math.min(i + batchSize, ids.length), ids.length);
  }
  const stale = await db.$queryRaw<Array<{ empty: boolean }>>`SELECT NOT EXISTS (SELECT 1 FROM crossref_lexemes) AS empty`;
  if (ids.length > 0 || stale[0]?.empty) await refreshStatistics(db);
  return report;
}

/** How many claims use each word (suggestions pick a claim's rarest words), and exact entity counts. */
export async function refreshStatistics(db: Db): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM crossref_lexemes`);
      await tx.$executeRawUnsafe(
        `INSERT INTO crossref_lexemes (lexeme, ndoc) SELECT word, ndoc FROM ts_stat('SELECT tsv FROM claim_xref')`,
      );
      await tx.$executeRawUnsafe(`
        UPDATE entities e SET "claimCount" = coalesce(s.n, 0)
        FROM entities e2 LEFT JOIN (SELECT "entityId", count(*)::int AS n FROM claim_entities GROUP BY 1) s ON s."entityId" = e2.id
        WHERE e.id = e2.id AND e."claimCount" <> coalesce(s.n, 0)`);
    },
    BATCH_TRANSACTION,
  );
}
