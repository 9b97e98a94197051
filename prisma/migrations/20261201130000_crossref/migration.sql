-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('PERSON', 'ORGANIZATION', 'PLACE', 'PRODUCT');

-- CreateEnum
CREATE TYPE "FigureRelation" AS ENUM ('CONFLICT', 'RELATED');

-- CreateEnum
CREATE TYPE "ConflictStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DISMISSED');

-- CreateTable
CREATE TABLE "entities" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normName" TEXT NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entity_aliases" (
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normAlias" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entity_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_entities" (
    "entityId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "isSpeaker" BOOLEAN NOT NULL DEFAULT false,
    "metric" TEXT,
    "periodKey" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "claim_entities_pkey" PRIMARY KEY ("entityId","claimId")
);

-- CreateTable
CREATE TABLE "claim_xref" (
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "tsv" tsvector,
    "metric" TEXT,
    "periodKey" TEXT NOT NULL DEFAULT '',
    "value" DOUBLE PRECISION,
    "comparator" TEXT,

    CONSTRAINT "claim_xref_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "claim_conflicts" (
    "id" TEXT NOT NULL,
    "claimAId" TEXT NOT NULL,
    "claimBId" TEXT NOT NULL,
    "relation" "FigureRelation" NOT NULL,
    "status" "ConflictStatus" NOT NULL DEFAULT 'OPEN',
    "detectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "claim_conflicts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestion_dismissals" (
    "claimAId" TEXT NOT NULL,
    "claimBId" TEXT NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestion_dismissals_pkey" PRIMARY KEY ("claimAId","claimBId")
);

-- CreateTable
CREATE TABLE "crossref_lexemes" (
    "lexeme" TEXT NOT NULL,
    "ndoc" INTEGER NOT NULL,

    CONSTRAINT "crossref_lexemes_pkey" PRIMARY KEY ("lexeme")
);

-- CreateIndex
CREATE UNIQUE INDEX "entities_normName_key" ON "entities"("normName");

-- CreateIndex
CREATE INDEX "entities_claimCount_idx" ON "entities"("claimCount" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "entity_aliases_normAlias_key" ON "entity_aliases"("normAlias");

-- CreateIndex
CREATE INDEX "entity_aliases_entityId_idx" ON "entity_aliases"("entityId");

-- CreateIndex
CREATE INDEX "claim_entities_claimId_idx" ON "claim_entities"("claimId");

-- CreateIndex
CREATE INDEX "claim_entities_entityId_publishedAt_claimId_idx" ON "claim_entities"("entityId", "publishedAt", "claimId");

-- CreateIndex
CREATE INDEX "claim_xref_articleId_idx" ON "claim_xref"("articleId");

-- CreateIndex
CREATE INDEX "claim_conflicts_claimBId_idx" ON "claim_conflicts"("claimBId");

-- CreateIndex
CREATE INDEX "claim_conflicts_status_relation_detectedAt_idx" ON "claim_conflicts"("status", "relation", "detectedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "claim_conflicts_claimAId_claimBId_key" ON "claim_conflicts"("claimAId", "claimBId");

-- CreateIndex
CREATE INDEX "suggestion_dismissals_claimBId_idx" ON "suggestion_dismissals"("claimBId");

-- AddForeignKey
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_entities" ADD CONSTRAINT "claim_entities_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_entities" ADD CONSTRAINT "claim_entities_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_xref" ADD CONSTRAINT "claim_xref_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_conflicts" ADD CONSTRAINT "claim_conflicts_claimAId_fkey" FOREIGN KEY ("claimAId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_conflicts" ADD CONSTRAINT "claim_conflicts_claimBId_fkey" FOREIGN KEY ("claimBId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_conflicts" ADD CONSTRAINT "claim_conflicts_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_dismissals" ADD CONSTRAINT "suggestion_dismissals_claimAId_fkey" FOREIGN KEY ("claimAId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_dismissals" ADD CONSTRAINT "suggestion_dismissals_claimBId_fkey" FOREIGN KEY ("claimBId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

