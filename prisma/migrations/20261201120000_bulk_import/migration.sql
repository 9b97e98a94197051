-- CreateEnum
CREATE TYPE "ImportEntryStatus" AS ENUM ('QUEUED', 'IMPORTING', 'IMPORTED', 'DUPLICATE', 'FAILED');

-- CreateTable
CREATE TABLE "import_batches" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_entries" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "raw" TEXT,
    "status" "ImportEntryStatus" NOT NULL DEFAULT 'QUEUED',
    "reason" TEXT,
    "articleId" TEXT,
    "claimCount" INTEGER,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "import_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_batches_createdById_createdAt_idx" ON "import_batches"("createdById", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "import_entries_batchId_position_idx" ON "import_entries"("batchId", "position");

-- CreateIndex
CREATE INDEX "import_entries_articleId_idx" ON "import_entries"("articleId");

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_entries" ADD CONSTRAINT "import_entries_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_entries" ADD CONSTRAINT "import_entries_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

