-- Search that finds and lists that stay fast at 1M claims (issue 9, parts 1-2).
-- Columns here are maintained by the database itself, so every writer (the import form, bulk
-- import, scripts, raw SQL) keeps them right without knowing about them.

-- 1. Full-text search over claims: wording (A), speaker (B), quote and entity names (C).
--    English stemming, so "sold" finds "sell". A stored generated column: computed on write.
CREATE FUNCTION claim_entity_names(entities jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT COALESCE(jsonb_path_query_array(entities, '$[*].text'), '[]'::jsonb) $$;

ALTER TABLE "claims" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', COALESCE("text", '')), 'A') ||
  setweight(to_tsvector('english', COALESCE("speaker", '')), 'B') ||
  setweight(to_tsvector('english', COALESCE("quote", '')), 'C') ||
  setweight(to_tsvector('english', claim_entity_names("entities")), 'C')
) STORED;
CREATE INDEX "claims_search_vector_idx" ON "claims" USING GIN ("search_vector");

-- 2. Entity filter: the lower-cased entity names as an array, GIN-indexed for "@> ARRAY[name]".
CREATE FUNCTION claim_entity_keys(entities jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT COALESCE(array_agg(DISTINCT lower(e)), '{}') FROM jsonb_array_elements_text(claim_entity_names(entities)) AS e $$;
CREATE INDEX "claims_entity_keys_idx" ON "claims" USING GIN (claim_entity_keys("entities"));

-- 3. The article's dates, copied onto its claims so that the list's sorts are one index scan
--    on claims (sorting a million claims by a joined column spilled 272 MB to disk).
ALTER TABLE "claims" ADD COLUMN "article_published_at" TIMESTAMP(3);
ALTER TABLE "claims" ADD COLUMN "article_imported_at" TIMESTAMP(3);
UPDATE "claims" c SET "article_published_at" = a."publishedAt", "article_imported_at" = a."importedAt"
  FROM "articles" a WHERE a."id" = c."articleId";
ALTER TABLE "claims" ALTER COLUMN "article_imported_at" SET NOT NULL;

CREATE FUNCTION claims_copy_article_dates() RETURNS trigger AS $$
BEGIN
  SELECT a."publishedAt", a."importedAt" INTO NEW."article_published_at", NEW."article_imported_at"
    FROM "articles" a WHERE a."id" = NEW."articleId";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER claims_article_dates_on_write
  BEFORE INSERT OR UPDATE OF "articleId" ON "claims"
  FOR EACH ROW EXECUTE FUNCTION claims_copy_article_dates();

CREATE FUNCTION articles_push_dates_to_claims() RETURNS trigger AS $$
BEGIN
  UPDATE "claims" SET "article_published_at" = NEW."publishedAt", "article_imported_at" = NEW."importedAt"
    WHERE "articleId" = NEW."id";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER articles_dates_to_claims
  AFTER UPDATE OF "publishedAt", "importedAt" ON "articles"
  FOR EACH ROW WHEN (OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt" OR OLD."importedAt" IS DISTINCT FROM NEW."importedAt")
  EXECUTE FUNCTION articles_push_dates_to_claims();

-- 4. One index per sort, in exactly the order the list reads (keyset pages walk them).
--    Import date and publication date keep an article's claims in reading order.
CREATE INDEX "claims_list_imported_idx" ON "claims" ("article_imported_at" DESC, "articleId", "start", "id");
CREATE INDEX "claims_list_published_idx" ON "claims"
  ((COALESCE("article_published_at", '-infinity'::timestamp)) DESC, "articleId", "start", "id");
CREATE INDEX "claims_list_checkworthiness_idx" ON "claims" ("checkworthiness" DESC, "id" DESC);
CREATE INDEX "claims_list_changed_idx" ON "claims" ("updatedAt" DESC, "id" DESC);
CREATE INDEX "claims_reviewer_idx" ON "claims" ("reviewerId");

-- 5. Articles: full-text search over headline (A), outlet and author (B), body (D), and keyset sorts.
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', COALESCE("title", '')), 'A') ||
  setweight(to_tsvector('english', COALESCE("outlet", '') || ' ' || COALESCE("author", '')), 'B') ||
  setweight(to_tsvector('english', COALESCE("body", '')), 'D')
) STORED;
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");
CREATE INDEX "articles_list_imported_idx" ON "articles" ("importedAt" DESC, "id" DESC);
CREATE INDEX "articles_list_published_idx" ON "articles" ((COALESCE("publishedAt", '-infinity'::timestamp)) DESC, "id" DESC);
CREATE INDEX "articles_list_title_idx" ON "articles" (lower("title"), "id");
CREATE INDEX "articles_outlet_idx" ON "articles" (lower("outlet"));
