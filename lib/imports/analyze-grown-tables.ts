// Statistics for the tables a bulk import grows. The import's cross-reference statements (lib/crossref)
// are planned from PostgreSQL's statistics of claims, claim_xref, claim_entities and entities; a bulk
// import grows those tables faster than statistics follow (autovacuum analyzes after 10% growth,
// and not at all where it is off, as on the CI machine), and with statistics of a table a tenth of
// its size the planner scanned all of claim_entities per batch and matched names through the
// trigram index: a 10,000-article import fell to 10 articles/s, against 36 with statistics (docs/import.md).
// PostgreSQL's advice for bulk loads is to ANALYZE; a worker does it when a table has grown by a
// fifth since its last analysis, at most once per interval per process.
import type { Db } from "@/lib/db";

const TABLES = ["articles", "claims", "claim_xref", "claim_entities", "entities", "entity_aliases", "claim_conflicts"];
/** Rows written since the last analysis, as a share of the rows it saw (and at least this many). */
const GROWTH = 0.2;
const MIN_ROWS = 1_000;
const INTERVAL_MS = 15_000;

const state = globalThis as unknown as { claimdeskAnalyzeAt?: number; claimdeskAnalyzing?: boolean; claimdeskAnalyzeWarned?: boolean };

/** Analyzes the import's tables that grew past the threshold; returns their names. Never throws:
 * statistics help the import but must not fail it. */
export async function analyzeGrownTables(db: Db, now = Date.now()): Promise<string[]> {
  if (state.claimdeskAnalyzing || now - (state.claimdeskAnalyzeAt ?? 0) < INTERVAL_MS) return [];
  state.claimdeskAnalyzing = true;
  state.claimdeskAnalyzeAt = now;
  try {
    const grown = await db.$queryRaw<Array<{ name: string }>>`
      SELECT s.relname::text AS name
        FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
       WHERE s.schemaname = current_schema() AND s.relname = ANY(${TABLES}::text[])
         AND s.n_mod_since_analyze >= greatest(${MIN_ROWS}, ${GROWTH} * greatest(c.reltuples, 0))
       ORDER BY s.relname`;
    if (grown.length === 0) return [];
    const names = grown.map((t) => t.name);
    // Names come from the fixed list above, quoted as identifiers.
    await db.$executeRawUnsafe(`ANALYZE ${names.map((n) => `"${n}"`).join(", ")}`);
    return names;
  } catch (error) {
    // Once per process: a database that refuses (not the tables' owner, say) would refuse every time.
    if (!state.claimdeskAnalyzeWarned) console.warn(`[import worker] could not refresh table statistics: ${error instanceof Error ? error.message : String(error)}`);
    state.claimdeskAnalyzeWarned = true;
    return [];
  } finally {
    state.claimdeskAnalyzing = false;
  }
}
