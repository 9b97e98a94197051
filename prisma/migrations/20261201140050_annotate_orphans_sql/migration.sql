-- Annotate & correct: the Orphans page reads only orphans that are not archived, newest first.
-- Partial indexes keep that read small however many claims and notes the desk holds.
CREATE INDEX "claims_orphans_idx" ON "claims" ("orphanedAt" DESC) WHERE "orphanedAt" IS NOT NULL AND "archivedAt" IS NULL;
CREATE INDEX "notes_orphans_idx" ON "notes" ("orphanedAt" DESC) WHERE "orphanedAt" IS NOT NULL AND "archivedAt" IS NULL AND "parentId" IS NULL;
