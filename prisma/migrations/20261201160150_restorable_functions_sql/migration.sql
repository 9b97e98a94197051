-- Hardening (backups): pg_restore runs every statement with an empty search_path, so a function
-- body that calls another function without its schema fails there. claim_entity_keys() called
-- claim_entity_names() unqualified, and restoring the index built on it stopped the whole restore
-- ("function claim_entity_names(jsonb) does not exist"). Same function, call qualified; it stays
-- a plain SQL function the planner can inline, and the index's values do not change.
CREATE OR REPLACE FUNCTION claim_entity_keys(entities jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT COALESCE(array_agg(DISTINCT lower(e)), '{}') FROM jsonb_array_elements_text(public.claim_entity_names(entities)) AS e $$;
