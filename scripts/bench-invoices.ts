// `npm run bench:invoices`: the year's invoice run for 300 members on a throwaway PostgreSQL database
// (created and dropped on BENCH_SERVER_URL, default postgres://postgres@127.0.0.1:5432/postgres):
// issue every share and membership-fee invoice, then drain the outbox, which draws each PDF/A-3 with
// its Factur-X XML and mails it (as .eml files in a temporary MAIL_DIR). Reports the total time, the
// median time per emailed invoice, and the median time to draw one PDF alone.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const SERVER_URL = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const MEMBER_COUNT = Number(process.env.BENCH_MEMBERS ?? 300);
const databaseName = `qp_bench_${crypto.randomBytes(4).toString("hex")}`;
process.env.MAIL_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "quote-part-bench-mail-"));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const admin = new pg.Client({ connectionString: SERVER_URL });
await admin.connect();
await admin.query(`CREATE DATABASE "${databaseName}"`);
const url = new URL(SERVER_URL);
url.pathname = `/${databaseName}`;

const dbModule = await import("../app/utils/db.server");
// Not a React hook: db.server's `useDatabase` makes this connection the process-wide one.
const database = dbModule.useDatabase(await dbModule.openDatabase(url.toString()));
try {
  const { applyMigrations } = await import("../app/utils/migrate.server");
  await database.withRawSql((raw) => applyMigrations(raw));
  const { seedAssociation } = await import("../prisma/seed");
  const { executeInvoiceRun } = await import("../app/domain/invoicing/invoice-run.server");
  const { issuedInvoicePdf } = await import("../app/domain/invoicing/invoice-document.server");
  const { claimNextJob, runJob, OUTBOX_CONCURRENCY } = await import("../app/utils/outbox.server");
  const prisma = database.prisma;

  console.log(`Base jetable ${databaseName} : ${MEMBER_COUNT} structures adhérentes…`);
  const seeded = await seedAssociation(prisma, {
    slug: "bench",
    name: "Amie du banc d'essai",
    emailDomain: "bench.test",
    today: "2026-01-10",
    memberCount: 12,
  });
  const period = await prisma.period.findUniqueOrThrow({ where: { id: seeded.periodId } });
  for (let index = 12; index < MEMBER_COUNT; index += 1) {
    const member = await prisma.member.create({
      data: {
        associationId: seeded.associationId,
        name: `Structure adhérente n° ${index + 1}`,
        addressLine1: `${index} avenue des Tilleuls`,
        postalCode: "26000",
        city: "Valence",
        billingEmail: `compta${index + 1}@bench.test`,
        isProfessional: index % 4 === 0,
        siren: index % 4 === 0 ? "732829320" : null,
      },
    });
    const shareHalves = 2 + (index % 4);
    await prisma.subscription.create({
      data: {
        associationId: seeded.associationId,
        memberId: member.id,
        periodId: period.id,
        shareHalves,
        priceCents: 100_000 * shareHalves,
        billingSchedule: "ANNUAL",
        startDate: period.startDate,
        endDate: period.endDate,
      },
    });
  }
  const user = { id: seeded.users.treasurer.id, associationId: seeded.associationId };

  const started = performance.now();
  const outcome = await executeInvoiceRun(user, seeded.periodId, "2026-12-31", {
    now: new Date("2026-01-15T09:00:00Z"),
  });
  const issuedAt = performance.now();
  const jobTimes: number[] = [];
  const workerId = `bench-${process.pid}`;
  // As the server's worker does: OUTBOX_CONCURRENCY lanes (drainOutbox), each job timed.
  const lane = async () => {
    for (let job = await claimNextJob(workerId); job; job = await claimNextJob(workerId)) {
      const jobStart = performance.now();
      await runJob(job, workerId);
      jobTimes.push(performance.now() - jobStart);
    }
  };
  await Promise.all(Array.from({ length: OUTBOX_CONCURRENCY }, lane));
  const finished = performance.now();
  const failed = await prisma.outboxJob.count({ where: { status: { not: "DONE" } } });

  // The PDF alone (PDF/A-3 + Factur-X XML + XMP), on a sample of the issued invoices.
  const sample = await prisma.invoice.findMany({
    where: { associationId: seeded.associationId, status: "ISSUED" },
    select: { id: true },
    take: 100,
  });
  const pdfTimes: number[] = [];
  for (const { id } of sample) {
    const pdfStart = performance.now();
    await issuedInvoicePdf({ associationId: seeded.associationId }, id);
    pdfTimes.push(performance.now() - pdfStart);
  }

  console.log(
    `Factures émises : ${outcome.issued} (déjà émises ${outcome.alreadyIssued}, refus ${outcome.failures.length})`,
  );
  console.log(`Émission (campagne, une transaction par facture) : ${seconds(issuedAt - started)}`);
  console.log(
    `Envoi (PDF + Factur-X + e-mail par l'outbox, ${OUTBOX_CONCURRENCY} en parallèle) : ${seconds(finished - issuedAt)} pour ${jobTimes.length} e-mails, ${failed} en échec`,
  );
  console.log(`TOTAL de la campagne : ${seconds(finished - started)}`);
  console.log(`Médiane par e-mail de facture (PDF compris) : ${median(jobTimes).toFixed(1)} ms`);
  console.log(
    `Médiane par PDF seul (lecture + rendu, ${pdfTimes.length} factures) : ${median(pdfTimes).toFixed(1)} ms`,
  );
} finally {
  await database.close();
  dbModule.forgetDatabase();
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await admin.end();
  fs.rmSync(process.env.MAIL_DIR, { recursive: true, force: true });
}
