-- Bulk import (issue 9): indexes every imported article and claim paid for on write that no query
-- reads (docs/import.md, "Where the time goes"). Each was checked against the queries that could use it.
--  - articles_fts_idx: a second full-text vector of every article body (title || body); the search
--    reads articles.search_vector (articles_search_vector_idx) and nothing queries this expression.
DROP INDEX IF EXISTS "articles_fts_idx";
--  - claims_updatedAt_idx ("updatedAt" DESC): the leading column of claims_list_changed_idx
--    ("updatedAt" DESC, id DESC), which serves every query it could.
DROP INDEX IF EXISTS "claims_updatedAt_idx";
--  - claims_reviewer_idx ("reviewerId"): every query names one reviewer (the list's and the report's
--    reviewer filter, the users foreign key's SET NULL), which claims_reports_reviewer_idx
--    ("reviewerId", "reviewedAt") WHERE "reviewerId" IS NOT NULL serves; this one also indexed the
--    NULL of every unreviewed claim.
DROP INDEX IF EXISTS "claims_reviewer_idx";
