-- Articles ranked by best match read a small vector of headline (A), outlet and author (B): the
-- full search_vector carries the body, is stored out of line, and costs ~19 page reads per row.
ALTER TABLE "articles" ADD COLUMN "title_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', COALESCE("title", '')), 'A') ||
  setweight(to_tsvector('english', COALESCE("outlet", '') || ' ' || COALESCE("author", '')), 'B')
) STORED;
