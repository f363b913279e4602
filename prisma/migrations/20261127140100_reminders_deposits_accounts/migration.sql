-- CreateEnum
CREATE TYPE "ReminderTrigger" AS ENUM ('AUTOMATIC', 'MANUAL');

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "accountNumber" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "depositedOn" DATE;

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "trigger" "ReminderTrigger" NOT NULL,
    "sentById" TEXT,
    "recipients" TEXT[],
    "totalDueCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderInvoice" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "reminderId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "amountDueCents" INTEGER NOT NULL,
    "thresholdDays" INTEGER,

    CONSTRAINT "ReminderInvoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reminder_associationId_memberId_idx" ON "Reminder"("associationId", "memberId");

-- CreateIndex
CREATE INDEX "ReminderInvoice_associationId_invoiceId_idx" ON "ReminderInvoice"("associationId", "invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderInvoice_reminderId_invoiceId_key" ON "ReminderInvoice"("reminderId", "invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderInvoice_invoiceId_thresholdDays_key" ON "ReminderInvoice"("invoiceId", "thresholdDays");

-- CreateIndex
CREATE UNIQUE INDEX "Member_accountNumber_key" ON "Member"("accountNumber");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderInvoice" ADD CONSTRAINT "ReminderInvoice_reminderId_fkey" FOREIGN KEY ("reminderId") REFERENCES "Reminder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderInvoice" ADD CONSTRAINT "ReminderInvoice_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
