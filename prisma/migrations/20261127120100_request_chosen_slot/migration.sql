-- AlterTable
ALTER TABLE "InterventionRequest" ADD COLUMN     "chosenStartsAt" TIMESTAMP(3),
ADD COLUMN     "chosenTechnicianId" TEXT;
