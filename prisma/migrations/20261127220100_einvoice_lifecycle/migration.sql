-- CreateEnum
CREATE TYPE "EInvoiceChannel" AS ENUM ('PA', 'CHORUS_PRO');

-- CreateEnum
CREATE TYPE "EInvoiceStatusSource" AS ENUM ('SENT', 'WEBHOOK', 'POLL');

-- AlterTable
ALTER TABLE "Association" ADD COLUMN     "paDirectoryUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "paWebhookId" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "paWebhookKeySealed" TEXT,
ADD COLUMN     "paStatusesSearchedTo" TIMESTAMP(3),
ADD COLUMN     "chorusBaseUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "chorusTokenUrl" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "chorusClientId" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "chorusClientSecretSealed" TEXT,
ADD COLUMN     "chorusAccountLogin" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "chorusAccountPasswordSealed" TEXT,
ADD COLUMN     "chorusSupplierId" INTEGER;

-- AlterTable
ALTER TABLE "EInvoiceTransmission" ADD COLUMN     "channel" "EInvoiceChannel" NOT NULL DEFAULT 'PA';

-- CreateTable
CREATE TABLE "EInvoiceStatus" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "channel" "EInvoiceChannel" NOT NULL,
    "code" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "reasonCode" TEXT NOT NULL DEFAULT '',
    "reasonText" TEXT NOT NULL DEFAULT '',
    "amountCents" INTEGER,
    "source" "EInvoiceStatusSource" NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EInvoiceStatus_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EInvoiceStatus_associationId_sourceKey_key" ON "EInvoiceStatus"("associationId", "sourceKey");

-- CreateIndex
CREATE INDEX "EInvoiceStatus_associationId_invoiceId_idx" ON "EInvoiceStatus"("associationId", "invoiceId");

-- AddForeignKey
ALTER TABLE "EInvoiceStatus" ADD CONSTRAINT "EInvoiceStatus_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
