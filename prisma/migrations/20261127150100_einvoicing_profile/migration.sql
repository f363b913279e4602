-- CreateEnum
CREATE TYPE "BuyerKind" AS ENUM ('VAT_BUSINESS', 'NON_VAT_ASSOCIATION', 'PUBLIC_BODY', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "EInvoicingScope" AS ENUM ('AUTO', 'IN_SCOPE', 'OUT_OF_SCOPE');

-- AlterTable
ALTER TABLE "Association" ADD COLUMN     "einvoicingScope" "EInvoicingScope" NOT NULL DEFAULT 'AUTO',
ADD COLUMN     "vatOnDebits" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "buyerKind" "BuyerKind",
ADD COLUMN     "routingAddress" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "MemberPublicReference" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "serviceCode" TEXT NOT NULL DEFAULT '',
    "engagementNumber" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberPublicReference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MemberPublicReference_associationId_idx" ON "MemberPublicReference"("associationId");

-- CreateIndex
CREATE UNIQUE INDEX "MemberPublicReference_memberId_year_key" ON "MemberPublicReference"("memberId", "year");

-- AddForeignKey
ALTER TABLE "MemberPublicReference" ADD CONSTRAINT "MemberPublicReference_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

