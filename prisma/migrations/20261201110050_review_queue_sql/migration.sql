-- Review desk: "My queue" lists an editor's open claims (assigned to them, not yet verified or
-- dismissed) by check-worthiness, then recency, then id (a total order for keyset paging).
-- A partial index holds only open claims, so one range scan serves the queue in order with no
-- sort, and decided claims (the bulk of a mature desk) cost it nothing. Prisma's schema language
-- cannot express a partial index, hence hand-written.
CREATE INDEX "claims_review_queue_idx" ON "claims" ("assigneeId", "checkworthiness" DESC, "createdAt" DESC, "id" DESC)
  WHERE "status" IN ('UNREVIEWED', 'IN_REVIEW');
