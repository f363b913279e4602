-- Existing rows take their place in the lifecycle (a separate migration: PostgreSQL cannot use
-- enum values added in the same transaction). Signed reports mark their intervention SIGNED;
-- planned interventions with time logged are IN_PROGRESS.
UPDATE "Intervention" AS i SET "status" = 'SIGNED'
FROM "InterventionReport" AS r
WHERE r."interventionId" = i.id AND r."signedAt" IS NOT NULL AND i."status" IN ('PLANNED', 'DONE');

UPDATE "Intervention" AS i SET "status" = 'IN_PROGRESS'
WHERE i."status" = 'PLANNED'
  AND EXISTS (SELECT 1 FROM "TimeEntry" AS t WHERE t."interventionId" = i.id AND t."deletedAt" IS NULL);
