// Possibly related claims from other articles, ranked inside PostgreSQL.
//
// A trigram scan of a million claims costs seconds, so the ranking runs on a candidate set read
// from indexes by key: the newest claims about the claim's rarest entities (claim_entities
// primary key), the newest with the same metric and period about those entities
// (claim_entities_metric_idx), claims with the same metric and period (claim_xref_metric_idx), and claims
// sharing two of its rarest words (GIN on claim_xref.tsv). A few hundred candidates are then ranked
// precisely by a blend of trigram similarity, shared entities, compatible figure and ts_rank.
// `candidates: "all"` ranks every claim with the same formula: the benchmark's sequential reference.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

export interface SuggestedClaim {
  id: string;
  text: string;
  quote: string;
  articleId: string;
  articleTitle: string;
  publishedAt: Date | null;
  score: number;
  sharedEntities: number;
  sameMetric: boolean;
}

export const SUGGESTION_LIMIT = 10;
/** Below this blended score a claim is not worth an editor's look. */
export const SUGGESTION_MIN_SCORE = 0.18;
/** Candidates read per key: entities, the same figure about an entity, figure key, word pairs. */
const ENTITY_KEYS = 4;
const PER_ENTITY = 50;
const PER_METRIC = 60;
const PER_ENTITY_FIGURE = 50;
const PER_WORDS = 120;
/**
 * Words used by more claims than this are too common to select candidates: at 1M claims the GIN
 * lists of words in ~40,000 claims took ~90 ms of a suggestion, more than their pairs are worth.
 */
const COMMON_WORD = 10_000;

export interface SuggestOptions {
  limit?: number;
  candidates?: "indexed" | "all";
}

export async function suggestClaims(db: Db | Tx, claimId: string, options: SuggestOptions = {}): Promise<SuggestedClaim[]> {
  return db.$queryRaw<SuggestedClaim[]>(suggestionQuery(claimId, options));
}

/** The statement itself (the benchmark prints its plan). */
export function suggestionQuery(claimId: string, options: SuggestOptions = {}): Prisma.Sql {
  const limit = options.limit ?? SUGGESTION_LIMIT;
  const candidates = options.candidates === "all" ? ALL_CANDIDATES : INDEXED_CANDIDATES;
  return Prisma.sql`
    WITH q AS (
      SELECT x."claimId", x."articleId", x.tsv, x.metric, x."periodKey", c.text,
             (SELECT string_agg(quote_literal(l), ' | ')::tsquery FROM unnest(tsvector_to_array(x.tsv)) l) AS any_word
      FROM claim_xref x JOIN claims c ON c.id = x."claimId"
      WHERE x."claimId" = ${claimId}
    ),
    q_entities AS (
      SELECT ce."entityId", e."claimCount" FROM claim_entities ce JOIN entities e ON e.id = ce."entityId"
      WHERE ce."claimId" = ${claimId}
    ),
    q_words AS (
      SELECT l AS lexeme FROM q CROSS JOIN LATERAL unnest(tsvector_to_array(q.tsv)) l
      LEFT JOIN crossref_lexemes s ON s.lexeme = l
      WHERE coalesce(s.ndoc, 0) <= ${COMMON_WORD} AND length(l) > 2
      ORDER BY coalesce(s.ndoc, 0), l LIMIT 4
    ),
    q_word_pairs AS (
      SELECT CASE WHEN (SELECT count(*) FROM q_words) >= 2
               THEN (SELECT string_agg(format('(%s & %s)', quote_literal(a.lexeme), quote_literal(b.lexeme)), ' | ')
                     FROM q_words a JOIN q_words b ON a.lexeme < b.lexeme)::tsquery
               ELSE (SELECT quote_literal(lexeme) FROM q_words LIMIT 1)::tsquery END AS query
    ),
    cand AS (${candidates}),
    -- Already linked (either way) or dismissed (either way): not suggested.
    excluded AS (
      SELECT "toClaimId" AS id FROM claim_links WHERE "fromClaimId" = ${claimId}
      UNION SELECT "fromClaimId" FROM claim_links WHERE "toClaimId" = ${claimId}
      UNION SELECT "claimBId" FROM suggestion_dismissals WHERE "claimAId" = ${claimId}
      UNION SELECT "claimAId" FROM suggestion_dismissals WHERE "claimBId" = ${claimId}
    ),
    shared AS (
      SELECT ce."claimId" AS id, count(*)::int AS n FROM claim_entities ce
      WHERE ce."claimId" IN (SELECT id FROM cand) AND ce."entityId" IN (SELECT "entityId" FROM q_entities)
      GROUP BY ce."claimId"
    ),
    -- Materialized: every candidate is scored once, then filtered and sorted. Only what the score
    -- needs is read here; quotes and article titles are joined for the ten kept, not the thousand scored.
    scored AS MATERIALIZED (
      SELECT c.id, c.text, c."articleId",
             coalesce(sh.n, 0) AS "sharedEntities",
             coalesce(x.metric = q.metric, false) AS "sameMetric",
             (0.45 * similarity(c.text, q.text) + 0.25 * least(coalesce(sh.n, 0), 3) / 3.0
              + 0.15 * coalesce(x.metric = q.metric, false)::int
              + 0.05 * coalesce(x.metric = q.metric AND x."periodKey" = q."periodKey", false)::int
              + 0.10 * least(coalesce(ts_rank(x.tsv, q.any_word), 0) * 10, 1))::float8 AS score
      FROM cand
      JOIN claim_xref x ON x."claimId" = cand.id
      JOIN claims c ON c.id = x."claimId"
      LEFT JOIN shared sh ON sh.id = cand.id
      CROSS JOIN q
      WHERE x."articleId" <> q."articleId" AND cand.id NOT IN (SELECT id FROM excluded)
    ),
    kept AS (
      SELECT * FROM scored WHERE score >= ${SUGGESTION_MIN_SCORE} ORDER BY score DESC, id LIMIT ${limit}
    )
    SELECT k.id, k.text, c.quote, k."articleId", a.title AS "articleTitle", a."publishedAt", k."sharedEntities", k."sameMetric", k.score
    FROM kept k JOIN claims c ON c.id = k.id JOIN articles a ON a.id = k."articleId"
    ORDER BY k.score DESC, k.id`;
}

const INDEXED_CANDIDATES = Prisma.sql`
  SELECT DISTINCT id FROM (
    (SELECT k.id FROM (SELECT "entityId" FROM q_entities ORDER BY "claimCount", "entityId" LIMIT ${ENTITY_KEYS}) qe
     CROSS JOIN LATERAL (SELECT ce."claimId" AS id FROM claim_entities ce
                         WHERE ce."entityId" = qe."entityId" ORDER BY ce."claimId" DESC LIMIT ${PER_ENTITY}) k)
    UNION ALL
    -- The same figure about the same entity (same metric and period): the strongest matches, newest first.
    (SELECT k.id FROM (SELECT "entityId" FROM q_entities ORDER BY "claimCount", "entityId" LIMIT ${ENTITY_KEYS}) qe
     CROSS JOIN q
     CROSS JOIN LATERAL (SELECT ce."claimId" AS id FROM claim_entities ce
                         WHERE ce."entityId" = qe."entityId" AND ce.metric = q.metric AND ce."periodKey" = q."periodKey"
                         ORDER BY ce."publishedAt" DESC, ce."claimId" DESC LIMIT ${PER_ENTITY_FIGURE}) k
     WHERE q.metric IS NOT NULL)
    UNION ALL
    (SELECT k.id FROM q CROSS JOIN LATERAL (SELECT x."claimId" AS id FROM claim_xref x
                         WHERE x.metric = q.metric AND x."periodKey" = q."periodKey"
                         ORDER BY x."claimId" DESC LIMIT ${PER_METRIC}) k
     WHERE q.metric IS NOT NULL)
    UNION ALL
    (SELECT x."claimId" AS id FROM claim_xref x, q_word_pairs w WHERE w.query IS NOT NULL AND x.tsv @@ w.query LIMIT ${PER_WORDS})
  ) keyed`;

const ALL_CANDIDATES = Prisma.sql`SELECT "claimId" AS id FROM claim_xref`;
