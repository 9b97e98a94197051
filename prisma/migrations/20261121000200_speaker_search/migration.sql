-- The claims search also matches the speaker; without this index that OR clause scans the table.
CREATE INDEX "claims_speaker_trgm_idx" ON "claims" USING GIN ("speaker" gin_trgm_ops);
