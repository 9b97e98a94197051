-- Reports and dashboard (issue 8): indexes Prisma's schema cannot express (partial indexes).

-- Reports of verified claims stream in article order straight from this index: no sort of the
-- whole scope before the first byte.
CREATE INDEX "claims_reports_verified_order_idx" ON "claims" ("articleId", "start", "id") WHERE "status" = 'VERIFIED';

-- Dashboard "reviews per day" and report scopes by review date.
CREATE INDEX "claims_reports_reviewed_at_idx" ON "claims" ("reviewedAt") WHERE "reviewedAt" IS NOT NULL;

-- Dashboard per-editor counts and report scopes by reviewer.
CREATE INDEX "claims_reports_reviewer_idx" ON "claims" ("reviewerId", "reviewedAt") WHERE "reviewerId" IS NOT NULL;

-- Dashboard "articles with unreviewed claims".
CREATE INDEX "claims_reports_unreviewed_article_idx" ON "claims" ("articleId") WHERE "status" = 'UNREVIEWED';
