-- Cross-reference (issue 6): what Prisma's schema cannot express. The normalization functions are
-- the one definition used by the import hook, the backfill and the entity rename (no copy in Node).
-- The figure rule is written down in docs/crossref.md.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- "Mr. Barra" → "barra", "Apple Inc." → "apple", "Xiaomi's" → "xiaomi".
CREATE FUNCTION crossref_norm_name(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    regexp_replace(
      regexp_replace(
        regexp_replace(lower(coalesce(name, '')), '^\s*(the|mr|mrs|ms|dr|prof|sir)\.?\s+', ''),
        '(''s|’s)$', ''),
      '[,.]?\s+(inc|corp|corporation|co|ltd|llc|plc|holdings)\.?$', ''),
    '[^[:alnum:]]+', ' ', 'g'))
$$;

-- The unit or counted noun, lower case, each word's plural "s" dropped: "Handsets" → "handset".
CREATE FUNCTION crossref_metric(unit text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(regexp_replace(regexp_replace(lower(btrim(coalesce(unit, ''))), '\s+', ' ', 'g'),
                               '([[:alpha:]]{2,}[^s[:space:]])s\M', '\1', 'g'), '')
$$;

-- A period with a year is comparable across articles; a relative one ("yesterday", "last month")
-- only within its own article; none is "".
CREATE FUNCTION crossref_period_key(period text, article_id text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN p = '' THEN ''
    WHEN p ~ '(1[89]|20)\d\d' THEN p
    ELSE 'article:' || article_id || ':' || p
  END
  FROM (SELECT regexp_replace(lower(btrim(coalesce(period, ''))), '\s+', ' ', 'g') AS p) s
$$;

-- The comparators the extractor writes, in four families.
CREATE FUNCTION crossref_comparator(comparator text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN c IS NULL OR c IN ('', 'exactly', 'precisely', 'just') THEN 'exact'
    WHEN c IN ('about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'close to', 'circa', 'approx', 'approx.') THEN 'about'
    WHEN c IN ('nearly', 'almost', 'just under', 'close to but under') THEN 'nearly'
    WHEN c IN ('under', 'below', 'less than', 'fewer than', 'up to', 'at most', 'no more than', 'not more than', 'as few as', 'max', 'maximum') THEN 'at_most'
    WHEN c IN ('over', 'above', 'more than', 'at least', 'no fewer than', 'no less than', 'upwards of', 'just over', 'as many as', 'in excess of', 'min', 'minimum') THEN 'at_least'
    ELSE 'about'
  END
  FROM (SELECT lower(btrim(comparator)) AS c) s
$$;

-- The rule (docs/crossref.md): each figure is the interval it allows; disjoint intervals conflict,
-- overlapping ones are related figures.
CREATE FUNCTION crossref_figure_low(value float8, family text) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE family
    WHEN 'exact' THEN value - abs(value) * 0.005
    WHEN 'about' THEN value - abs(value) * 0.10
    WHEN 'nearly' THEN value - abs(value) * 0.10
    WHEN 'at_most' THEN '-Infinity'::float8
    ELSE value
  END
$$;

CREATE FUNCTION crossref_figure_high(value float8, family text) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE family
    WHEN 'exact' THEN value + abs(value) * 0.005
    WHEN 'about' THEN value + abs(value) * 0.10
    WHEN 'at_least' THEN 'Infinity'::float8
    ELSE value
  END
$$;

CREATE FUNCTION crossref_figure_relation(v1 float8, c1 text, v2 float8, c2 text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN v1 IS NULL OR v2 IS NULL THEN NULL
    WHEN crossref_figure_high(v1, crossref_comparator(c1)) < crossref_figure_low(v2, crossref_comparator(c2))
      OR crossref_figure_high(v2, crossref_comparator(c2)) < crossref_figure_low(v1, crossref_comparator(c1)) THEN 'CONFLICT'
    ELSE 'RELATED'
  END
$$;

-- Escapes a literal for use inside a regular expression.
CREATE FUNCTION crossref_regex_escape(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(s, '([.*+?^${}()|\[\]\\])', '\\\1', 'g')
$$;

-- Candidate keys for suggestions and conflicts.
CREATE INDEX "claim_xref_tsv_idx" ON "claim_xref" USING GIN ("tsv");
CREATE INDEX "claim_xref_metric_idx" ON "claim_xref" ("metric", "periodKey", "claimId") WHERE "metric" IS NOT NULL;
-- The figures of one entity, metric and period in publication order (the conflict finder's neighbours).
CREATE INDEX "claim_entities_metric_idx" ON "claim_entities" ("entityId", "metric", "periodKey", "publishedAt", "claimId") WHERE "metric" IS NOT NULL;
-- Entities index search (substring of any alias).
CREATE INDEX "entity_aliases_alias_trgm_idx" ON "entity_aliases" USING GIN ("normAlias" gin_trgm_ops);
-- Open conflicts that involve a claim (claims list filter, article page).
CREATE INDEX "claim_conflicts_open_a_idx" ON "claim_conflicts" ("claimAId") WHERE "status" = 'OPEN' AND "relation" = 'CONFLICT';
CREATE INDEX "claim_conflicts_open_b_idx" ON "claim_conflicts" ("claimBId") WHERE "status" = 'OPEN' AND "relation" = 'CONFLICT';

-- Claims deleted (with their article, or one by one) leave their entities' counts exact. Inserts
-- are counted by the indexer itself, which locks the entity rows in a fixed order.
CREATE FUNCTION crossref_entity_count_on_delete() RETURNS trigger AS $$
BEGIN
  UPDATE "entities" e SET "claimCount" = greatest(0, e."claimCount" - d.n)
  FROM (SELECT "entityId", count(*)::int AS n FROM removed GROUP BY "entityId") d
  WHERE e.id = d."entityId";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER claim_entities_count_on_delete
  AFTER DELETE ON "claim_entities"
  REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION crossref_entity_count_on_delete();
