-- AlterTable
ALTER TABLE "Association" ADD COLUMN     "paBaseUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "paClientId" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "paClientSecretSealed" TEXT,
ADD COLUMN     "paTokenUrl" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "EInvoiceTransmission" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "trackingId" TEXT NOT NULL,
    "flowId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EInvoiceTransmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EInvoiceTransmission_invoiceId_key" ON "EInvoiceTransmission"("invoiceId");

-- CreateIndex
CREATE INDEX "EInvoiceTransmission_associationId_idx" ON "EInvoiceTransmission"("associationId");

-- AddForeignKey
ALTER TABLE "EInvoiceTransmission" ADD CONSTRAINT "EInvoiceTransmission_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

