-- CreateEnum
CREATE TYPE "VatTreatment" AS ENUM ('REGIME', 'EXEMPT', 'OUTSIDE_SCOPE');

-- AlterTable
ALTER TABLE "Association" ADD COLUMN     "membershipFeeVat" "VatTreatment" NOT NULL DEFAULT 'EXEMPT',
ADD COLUMN     "treasurerEmail" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "handDelivery" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "InvoiceLine" ADD COLUMN     "vatTreatment" "VatTreatment" NOT NULL DEFAULT 'REGIME';

-- CreateTable
CREATE TABLE "InvoiceRunItem" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "runKey" TEXT NOT NULL,

    CONSTRAINT "InvoiceRunItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InvoiceRunItem_invoiceId_idx" ON "InvoiceRunItem"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceRunItem_associationId_runKey_key" ON "InvoiceRunItem"("associationId", "runKey");

-- AddForeignKey
ALTER TABLE "InvoiceRunItem" ADD CONSTRAINT "InvoiceRunItem_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invoices made by earlier runs carried one item each, keyed by Invoice.runKey: record it as their run item.
INSERT INTO "InvoiceRunItem" ("id", "associationId", "invoiceId", "runKey")
SELECT 'run-item-' || "id", "associationId", "id", "runKey" FROM "Invoice" WHERE "runKey" IS NOT NULL;
