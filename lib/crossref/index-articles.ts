// Cross-references the claims of some articles: match keys (claim_xref), entities with their
// aliases (entities, entity_aliases, claim_entities) and figure conflicts with other articles
// (claim_conflicts). Set-based SQL over the given articles, so the import of one article and the
// backfill of 50,000 run the same statements. Idempotent: rerunning changes nothing.
//
// Runs inside the caller's transaction (the import's, or one backfill batch's): the article and
// its cross-references commit together. Entity rows are locked in id order, so two imports that
// mention the same entities wait for each other instead of deadlocking.
import type { Tx } from "@/lib/db";

export interface IndexedArticles {
  claims: number;
  newConflicts: number;
}

/** A speaker is an entity when it reads like a name ("Hugo Barra"), not a description ("its new American executive"). */
const NAME_LIKE = "^[[:upper:]][[:alnum:].''’-]*( (of |de |van |von )?[[:upper:]][[:alnum:].''’-]*){0,4}$";

export async function indexArticles(tx: Tx, articleIds: string[]): Promise<IndexedArticles> {
  if (articleIds.length === 0) return { claims: 0, newConflicts: 0 };
  const claims = await writeMatchKeys(tx, articleIds);
  await collectMentions(tx, articleIds);
  await resolveEntities(tx);
  await linkClaimsToEntities(tx);
  const newConflicts = await detectConflicts(tx, articleIds);
  return { claims, newConflicts };
}

/** Full-text vector and the normalized figure of every claim. */
async function writeMatchKeys(tx: Tx, articleIds: string[]): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO claim_xref ("claimId", "articleId", "publishedAt", tsv, metric, "periodKey", value, comparator)
    SELECT c.id, c."articleId", coalesce(a."publishedAt", a."importedAt"), to_tsvector('english', c.text),
           CASE WHEN v.value IS NOT NULL THEN crossref_metric(coalesce(c."quantityUnit", c."moneyCurrency")) END,
           crossref_period_key(c."quantityPeriod", c."articleId"), v.value, c."quantityComparator"
    FROM claims c
    JOIN articles a ON a.id = c."articleId"
    CROSS JOIN LATERAL (SELECT coalesce(c."quantityValue", c."moneyAmount"::float8) AS value) v
    WHERE c."articleId" = ANY(${articleIds}::text[])
    ON CONFLICT ("claimId") DO UPDATE SET
      "publishedAt" = excluded."publishedAt", tsv = excluded.tsv, metric = excluded.metric,
      "periodKey" = excluded."periodKey", value = excluded.value, comparator = excluded.comparator`;
}

/**
 * Every name a claim carries: the extractor's entities, a name-like speaker, and names found
 * elsewhere in the same article that the claim's own wording repeats ("Xiaomi's dedicated users").
 * A bare surname or "Mr. Surname" becomes the full name used in the same article.
 */
async function collectMentions(tx: Tx, articleIds: string[]): Promise<void> {
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE IF NOT EXISTS xref_mentions (
      claim_id text NOT NULL, article_id text NOT NULL, name text NOT NULL, kind "EntityKind" NOT NULL,
      is_speaker boolean NOT NULL, norm text NOT NULL
    ) ON COMMIT DROP`);
  await tx.$executeRawUnsafe(`DELETE FROM xref_mentions`);
  await tx.$executeRaw`
    INSERT INTO xref_mentions
    SELECT c.id, c."articleId", btrim(e->>'text'),
           CASE lower(e->>'kind') WHEN 'person' THEN 'PERSON' WHEN 'place' THEN 'PLACE'
                WHEN 'product' THEN 'PRODUCT' ELSE 'ORGANIZATION' END::"EntityKind",
           false, crossref_norm_name(e->>'text')
    FROM claims c
    CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(c.entities) = 'array' THEN c.entities ELSE '[]'::jsonb END) e
    WHERE c."articleId" = ANY(${articleIds}::text[]) AND coalesce(e->>'text', '') <> ''
    UNION ALL
    SELECT c.id, c."articleId", btrim(c.speaker), 'PERSON', true, crossref_norm_name(c.speaker)
    FROM claims c
    WHERE c."articleId" = ANY(${articleIds}::text[]) AND btrim(c.speaker) ~ ${NAME_LIKE}`;
  await tx.$executeRawUnsafe(`DELETE FROM xref_mentions WHERE norm = '' OR length(norm) < 2`);

  // A one-word person mention ("Barra") is the article's full name ending with it ("Hugo Barra").
  await tx.$executeRawUnsafe(`
    UPDATE xref_mentions m SET norm = f.norm, name = f.name
    FROM (SELECT DISTINCT ON (article_id, surname) article_id, surname, norm, name
          FROM (SELECT article_id, norm, name, substring(norm from '([^ ]+)$') AS surname
                FROM xref_mentions WHERE kind = 'PERSON' AND norm LIKE '% %') p
          ORDER BY article_id, surname, length(norm) DESC) f
    WHERE m.article_id = f.article_id AND m.norm = f.surname`);

  // Names the article gives elsewhere, repeated in this claim's wording.
  await tx.$executeRaw`
    INSERT INTO xref_mentions
    SELECT c.id, c."articleId", n.name, n.kind, false, n.norm
    FROM claims c
    JOIN (SELECT DISTINCT ON (article_id, norm) article_id, norm, name, kind
          FROM xref_mentions WHERE length(name) >= 4 ORDER BY article_id, norm, is_speaker, length(name) DESC) n
      ON n.article_id = c."articleId"
    WHERE c."articleId" = ANY(${articleIds}::text[])
      AND strpos(c.text, n.name) > 0
      AND c.text ~ ('(^|[^[:alnum:]])' || crossref_regex_escape(n.name) || '($|[^[:alnum:]])')
      AND NOT EXISTS (SELECT 1 FROM xref_mentions m WHERE m.claim_id = c.id AND m.norm = n.norm)`;
}

/** Unknown names become entities (with their name as first alias); the surnames an article uses alone become aliases. */
async function resolveEntities(tx: Tx): Promise<void> {
  // Sorted by name: concurrent imports create (and wait on) the same rows in the same order.
  await tx.$executeRawUnsafe(`
    INSERT INTO entities (id, name, "normName", kind)
    SELECT gen_random_uuid()::text, name, norm, kind
    FROM (SELECT DISTINCT ON (norm) norm, name, kind FROM xref_mentions m
          WHERE NOT EXISTS (SELECT 1 FROM entity_aliases al WHERE al."normAlias" = m.norm)
          ORDER BY norm, is_speaker, length(name) DESC) s
    ORDER BY norm
    ON CONFLICT ("normName") DO NOTHING`);
  await tx.$executeRawUnsafe(`
    INSERT INTO entity_aliases (id, "entityId", alias, "normAlias")
    SELECT gen_random_uuid()::text, e.id, s.name, s.norm
    FROM (SELECT DISTINCT ON (norm) norm, name FROM xref_mentions ORDER BY norm, length(name) DESC) s
    JOIN entities e ON e."normName" = s.norm
    ORDER BY s.norm
    ON CONFLICT ("normAlias") DO NOTHING`);
  // "Mr. Barra" or "Barra" alone in the body: the surname is an alias of the article's "Hugo Barra".
  await tx.$executeRawUnsafe(`
    INSERT INTO entity_aliases (id, "entityId", alias, "normAlias")
    SELECT DISTINCT ON (p.surname) gen_random_uuid()::text, al."entityId", p.surname_text, p.surname
    FROM (SELECT DISTINCT m.article_id, m.norm, substring(m.norm from '([^ ]+)$') AS surname,
                 substring(m.name from '([^ ]+)$') AS surname_text
          FROM xref_mentions m WHERE m.kind = 'PERSON' AND m.norm LIKE '% %') p
    JOIN articles a ON a.id = p.article_id
    JOIN entity_aliases al ON al."normAlias" = p.norm
    WHERE length(p.surname) >= 3
      AND a.body ~ ('(Mr|Mrs|Ms|Dr|Prof)\\.? ' || crossref_regex_escape(p.surname_text) || '($|[^[:alnum:]])')
    ORDER BY p.surname
    ON CONFLICT ("normAlias") DO NOTHING`);
}

/** claim_entities rows (with the figure keys), and the entities' claim counts. */
async function linkClaimsToEntities(tx: Tx): Promise<void> {
  const inserted = await tx.$queryRawUnsafe<Array<{ entityId: string; n: number }>>(`
    WITH written AS (
      INSERT INTO claim_entities ("entityId", "claimId", "articleId", "publishedAt", "isSpeaker", metric, "periodKey")
      SELECT al."entityId", m.claim_id, x."articleId", x."publishedAt", bool_or(m.is_speaker), x.metric, x."periodKey"
      FROM xref_mentions m
      JOIN entity_aliases al ON al."normAlias" = m.norm
      JOIN claim_xref x ON x."claimId" = m.claim_id
      GROUP BY al."entityId", m.claim_id, x."articleId", x."publishedAt", x.metric, x."periodKey"
      ON CONFLICT ("entityId", "claimId") DO UPDATE SET
        "isSpeaker" = excluded."isSpeaker", metric = excluded.metric, "periodKey" = excluded."periodKey",
        "publishedAt" = excluded."publishedAt"
      RETURNING "entityId", (xmax = 0) AS fresh
    )
    SELECT "entityId", count(*)::int AS n FROM written WHERE fresh GROUP BY "entityId" ORDER BY "entityId"`);
  if (inserted.length === 0) return;
  const ids = inserted.map((r) => r.entityId);
  const counts = inserted.map((r) => r.n);
  await tx.$queryRaw`SELECT id FROM entities WHERE id = ANY(${ids}::text[]) ORDER BY id FOR NO KEY UPDATE`;
  await tx.$executeRaw`
    UPDATE entities e SET "claimCount" = e."claimCount" + d.n
    FROM unnest(${ids}::text[], ${counts}::int[]) AS d(id, n) WHERE e.id = d.id`;
}

/** Minimum trigram similarity of two claims' wording before their figures are compared. */
export const CONFLICT_MIN_SIMILARITY = 0.4;
/** Each figure is compared with this many neighbours (by publication) on either side… */
export const CONFLICT_NEIGHBOURS = 3;
/** …chosen among this many nearest figures of the same entity, metric and period. */
const CONFLICT_WINDOW = 25;

/**
 * Same entity, same metric, same period, different articles, similar wording: the pair's figures
 * are compared by crossref_figure_relation (docs/crossref.md). A figure meets its nearest
 * neighbours in publication order, earlier and later, so the work per claim is bounded however
 * often an entity is in the news. Decided pairs keep their status.
 */
async function detectConflicts(tx: Tx, articleIds: string[]): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO claim_conflicts (id, "claimAId", "claimBId", relation)
    SELECT gen_random_uuid()::text, a_id, b_id, rel::"FigureRelation"
    FROM (
      SELECT DISTINCT
        CASE WHEN (x."publishedAt", x."claimId") < (y."publishedAt", y."claimId") THEN x."claimId" ELSE y."claimId" END AS a_id,
        CASE WHEN (x."publishedAt", x."claimId") < (y."publishedAt", y."claimId") THEN y."claimId" ELSE x."claimId" END AS b_id,
        crossref_figure_relation(x.value, x.comparator, y.value, y.comparator) AS rel
      FROM claim_xref x
      JOIN claims cx ON cx.id = x."claimId"
      JOIN claim_entities ex ON ex."claimId" = x."claimId"
      CROSS JOIN LATERAL (
        (SELECT n."claimId" FROM (
           SELECT ey."claimId", ey."publishedAt" FROM claim_entities ey
           WHERE ey."entityId" = ex."entityId" AND ey.metric = x.metric AND ey."periodKey" = x."periodKey"
             AND (ey."publishedAt", ey."claimId") < (x."publishedAt", x."claimId") AND ey."articleId" <> x."articleId"
           ORDER BY ey."publishedAt" DESC, ey."claimId" DESC LIMIT ${CONFLICT_WINDOW}) n
         JOIN claims cn ON cn.id = n."claimId"
         WHERE similarity(cx.text, cn.text) >= ${CONFLICT_MIN_SIMILARITY}
         ORDER BY n."publishedAt" DESC, n."claimId" DESC LIMIT ${CONFLICT_NEIGHBOURS})
        UNION ALL
        (SELECT n."claimId" FROM (
           SELECT ey."claimId", ey."publishedAt" FROM claim_entities ey
           WHERE ey."entityId" = ex."entityId" AND ey.metric = x.metric AND ey."periodKey" = x."periodKey"
             AND (ey."publishedAt", ey."claimId") > (x."publishedAt", x."claimId") AND ey."articleId" <> x."articleId"
           ORDER BY ey."publishedAt", ey."claimId" LIMIT ${CONFLICT_WINDOW}) n
         JOIN claims cn ON cn.id = n."claimId"
         WHERE similarity(cx.text, cn.text) >= ${CONFLICT_MIN_SIMILARITY}
         ORDER BY n."publishedAt", n."claimId" LIMIT ${CONFLICT_NEIGHBOURS})
      ) near
      JOIN claim_xref y ON y."claimId" = near."claimId"
      WHERE x."articleId" = ANY(${articleIds}::text[]) AND x.metric IS NOT NULL
        AND x.value IS NOT NULL AND y.value IS NOT NULL
    ) pairs
    ORDER BY a_id, b_id
    ON CONFLICT ("claimAId", "claimBId") DO NOTHING`;
}
