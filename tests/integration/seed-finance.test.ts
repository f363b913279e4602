// The demo that has lived a year: built through the domain services, it holds issued invoices, paid
// ones (transfer, cheque paid in), a partly paid one, overdue ones with a reminder, a credit note.
import { expect, it } from "vitest";
import { adminHome, treasurerHome } from "../../app/domain/dashboard/home.server";
import { treasuryFigures } from "../../app/domain/dashboard/treasury.server";
import { fecExport } from "../../app/domain/exports/fec.server";
import { db } from "../../app/utils/db.server";
import { seedDemoIfEmpty } from "../../prisma/seed";
import { masked } from "../support/masked-ids";

it("seeds a demo association with a year of invoices, payments, reminders and a credit note", async () => {
  expect(await seedDemoIfEmpty(db(), "2026-11-24")).toBe(true);
  const association = await db().association.findFirstOrThrow({ select: { id: true } });
  const invoices = await db().invoice.findMany({
    where: { associationId: association.id, status: { in: ["ISSUED", "CANCELLED"] } },
    select: { kind: true, number: true },
  });
  // One grouped invoice per member and run; the one fully credited is CANCELLED but keeps its number.
  expect(invoices.filter((invoice) => invoice.kind !== "CREDIT_NOTE").length).toBeGreaterThanOrEqual(8);
  expect(invoices.filter((invoice) => invoice.kind === "CREDIT_NOTE")).toHaveLength(1);
  const payments = await db().payment.findMany({
    where: { associationId: association.id },
    select: { method: true, depositedOn: true },
  });
  expect(payments.some((payment) => payment.method === "CHEQUE" && payment.depositedOn !== null)).toBe(true);
  expect(payments.filter((payment) => payment.method === "BANK_TRANSFER").length).toBeGreaterThanOrEqual(4);
  expect(await db().reminder.count({ where: { associationId: association.id } })).toBeGreaterThanOrEqual(1);
  // Last year is closed, its unused days carried over, its overage invoiced and paid.
  const previous = await db().period.findFirstOrThrow({ where: { associationId: association.id, label: "2025" } });
  expect(previous.status).toBe("CLOSED");
  expect(
    await db().ledgerMovement.count({ where: { associationId: association.id, kind: "CARRY_OVER_IN" } }),
  ).toBeGreaterThanOrEqual(1);
  const overage = await db().invoice.findFirstOrThrow({
    where: { associationId: association.id, periodId: previous.id, kind: "OVERAGE" },
    select: { status: true, number: true, totalInclTaxCents: true, allocations: { select: { amountCents: true } } },
  });
  expect(overage.number).toMatch(/^F2026-/);
  expect(overage.allocations.reduce((sum, allocation) => sum + allocation.amountCents, 0)).toBe(
    overage.totalInclTaxCents,
  );
  // Reminders are dated on the day each threshold was reached, not on the day the demo was seeded.
  const reminderDays = (
    await db().reminder.findMany({ where: { associationId: association.id }, select: { createdAt: true } })
  ).map((reminder) => reminder.createdAt.toISOString().slice(0, 10));
  expect(new Set(reminderDays)).toEqual(new Set(["2026-02-25", "2026-03-16", "2026-03-31"]));
  // The treasurer's home reads right: only the partly paid and the one unpaid member are overdue, and
  // what is invoiced counts January's share instalments, not the fees grouped on the same invoices.
  const current = await db().period.findFirstOrThrow({ where: { associationId: association.id, label: "2026" } });
  const treasurer = await db().user.findUniqueOrThrow({
    where: { email: "tresorier@demo.quote-part.test" },
    select: { id: true },
  });
  const figures = await treasuryFigures(
    { id: treasurer.id, associationId: association.id, timeZone: "Europe/Paris" },
    current.id,
    new Date("2026-11-24T08:00:00Z"),
  );
  expect(figures.mostOverdue.map((row) => [row.memberName, row.overdueCents])).toEqual([
    ["Ressourcerie du Val", 33_000],
    ["Théâtre du Diois", 55_000],
  ]);
  expect(figures.leftToInvoice).toEqual({ subscribedCents: 2_600_000, invoicedCents: 1_250_000, leftCents: 1_350_000 });
  // The whole of what the home reads, pinned: recorded when these reads went through Prisma's
  // $queryRaw, kept since they are plain SQL (ADR 019, eighth pass).
  const home = await treasurerHome(
    { id: treasurer.id, associationId: association.id } as Parameters<typeof treasurerHome>[0],
    new Date("2026-11-24T08:00:00Z"),
  );
  const admin = await adminHome(
    { associationId: association.id } as Parameters<typeof adminHome>[0],
    new Date("2026-11-24T08:00:00Z"),
  );
  expect(masked({ home, figures, admin })).toMatchSnapshot();
  const { content } = await fecExport({ associationId: association.id, timeZone: "Europe/Paris" }, 2026);
  const rows = new TextDecoder("iso-8859-15")
    .decode(content)
    .trimEnd()
    .split("\r\n")
    .slice(1)
    .map((row) => row.split("|"));
  const cents = (text: string) => Number(text.replace(",", ""));
  for (const number of new Set(rows.map((row) => row[2]))) {
    const lines = rows.filter((row) => row[2] === number);
    expect(
      lines.reduce((sum, row) => sum + cents(row[11]), 0),
      number,
    ).toBe(lines.reduce((sum, row) => sum + cents(row[12]), 0));
  }
  expect(await seedDemoIfEmpty(db(), "2026-11-24")).toBe(false);
});
