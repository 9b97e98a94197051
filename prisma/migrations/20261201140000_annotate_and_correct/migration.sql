-- CreateEnum
CREATE TYPE "ClaimOrigin" AS ENUM ('EXTRACTOR', 'EDITOR');

-- CreateEnum
CREATE TYPE "EvidenceStrength" AS ENUM ('PRIMARY', 'SECONDARY', 'WEAK');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "origin" "ClaimOrigin" NOT NULL DEFAULT 'EXTRACTOR',
ADD COLUMN     "orphanedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "evidence" ADD COLUMN     "accessedOn" DATE,
ADD COLUMN     "publisher" TEXT,
ADD COLUMN     "strength" "EvidenceStrength" NOT NULL DEFAULT 'SECONDARY',
ADD COLUMN     "updatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "notes" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "orphanedAt" TIMESTAMP(3),
ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "prefix" TEXT,
ADD COLUMN     "resolvedAt" TIMESTAMP(3),
ADD COLUMN     "suffix" TEXT,
ALTER COLUMN "start" DROP NOT NULL,
ALTER COLUMN "end" DROP NOT NULL,
ALTER COLUMN "quote" DROP NOT NULL;

-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "articleId" TEXT,
ADD COLUMN     "claimId" TEXT;

-- CreateTable
CREATE TABLE "article_versions" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "replacedById" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,

    CONSTRAINT "article_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_versions_articleId_version_key" ON "article_versions"("articleId", "version");

-- CreateIndex
CREATE INDEX "notes_parentId_idx" ON "notes"("parentId");

-- CreateIndex
CREATE INDEX "audit_log_claimId_at_idx" ON "audit_log"("claimId", "at" DESC);

-- CreateIndex
CREATE INDEX "audit_log_articleId_at_idx" ON "audit_log"("articleId", "at" DESC);

-- AddForeignKey
ALTER TABLE "notes" ADD CONSTRAINT "notes_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "notes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_versions" ADD CONSTRAINT "article_versions_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

