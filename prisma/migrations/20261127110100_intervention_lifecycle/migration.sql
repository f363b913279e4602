-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "InterventionStatus" ADD VALUE 'IN_PROGRESS';
ALTER TYPE "InterventionStatus" ADD VALUE 'SIGNED';

-- AlterTable
ALTER TABLE "Intervention" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closingSummary" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "InterventionReport" ADD COLUMN     "snapshot" JSONB,
ADD COLUMN     "snapshotHash" TEXT;
