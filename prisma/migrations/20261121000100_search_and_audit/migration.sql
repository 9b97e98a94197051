-- Search indexes Prisma's schema language cannot express, and the append-only guard on the audit log.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Claims list text search: substring match (ILIKE) on the normalized text and the quote.
CREATE INDEX "claims_text_trgm_idx" ON "claims" USING GIN ("text" gin_trgm_ops);
CREATE INDEX "claims_quote_trgm_idx" ON "claims" USING GIN ("quote" gin_trgm_ops);

-- Article full-text search over headline and body.
CREATE INDEX "articles_fts_idx" ON "articles"
  USING GIN (to_tsvector('english', "title" || ' ' || "body"));

-- The audit log is append-only: history that can be rewritten is not history.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
