-- Mail a person is waiting for (password reset, invitation) goes ahead of bulk mail (an invoice run).
ALTER TABLE "OutboxJob" ADD COLUMN "priority" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "OutboxJob_status_priority_runAt_idx" ON "OutboxJob"("status", "priority" DESC, "runAt");
