// Follow-up: reminders at 7, 30 and 45 days (each once, PDF attached), and the accountant's exports
// (CSV of invoices and payments, FEC) with their formats and scoping.
import { beforeAll, describe, expect, it } from "vitest";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import { enqueueDueReminders } from "../../app/domain/invoicing/reminders.server";
import { loader as fecLoader } from "../../app/routes/exports.fec";
import { loader as invoicesCsvLoader } from "../../app/routes/exports.factures[.]csv";
import { loader as paymentsCsvLoader } from "../../app/routes/exports.paiements[.]csv";
import { db } from "../../app/utils/db.server";
import { readLocalMailbox } from "../../app/utils/mail.server";
import { drainOutbox } from "../../app/utils/outbox.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, respond, sessionCookieFor } from "../support/http";
import { createTestDraft, treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;
let overdueId: string;
let paidId: string;

beforeAll(async () => {
  tenants = await seedTwoTenants();
  const { a } = tenants;
  await db().member.update({ where: { id: a.memberIds[0] }, data: { name: '=HYPERLINK("http://evil")' } });
  const issue = async (lines: { description: string; unitPriceCents: number }[], now: string) =>
    (await issueInvoice(treasurerOf(a), (await createTestDraft(a, { lines })).id, { now: new Date(now) })).invoice;
  // Issued 15 January, due 14 February (30 days).
  overdueId = (await issue([{ description: "Parts", unitPriceCents: 100_000 }], "2026-01-15T10:00:00Z")).id;
  paidId = (await issue([{ description: "Cotisation", unitPriceCents: 5_000 }], "2026-01-15T10:00:00Z")).id;
  const payment = await db().payment.create({
    data: {
      associationId: a.associationId,
      memberId: a.memberIds[0],
      method: "BANK_TRANSFER",
      amountCents: 5_000,
      receivedOn: new Date("2026-02-01T00:00:00Z"),
      reference: "+VIR 42",
    },
  });
  await db().paymentAllocation.create({
    data: { associationId: a.associationId, paymentId: payment.id, invoiceId: paidId, amountCents: 5_000 },
  });
});

describe("reminders", () => {
  it("sends each reminder once, at 7, 30 and 45 days overdue, never for a paid invoice", async () => {
    const { a } = tenants;
    const reminders = () =>
      db().reminderInvoice.findMany({
        where: { associationId: a.associationId, thresholdDays: { not: null } },
        orderBy: { reminder: { createdAt: "asc" } },
      });
    expect(await enqueueDueReminders(a.associationId, "2026-02-20")).toBe(0); // 6 days late
    expect(await enqueueDueReminders(a.associationId, "2026-02-21")).toBe(1); // 7 days
    expect(await enqueueDueReminders(a.associationId, "2026-02-22")).toBe(0);
    expect(await enqueueDueReminders(a.associationId, "2026-03-16")).toBe(1); // 30 days
    expect(await enqueueDueReminders(a.associationId, "2026-03-31")).toBe(1); // 45 days
    expect(await enqueueDueReminders(a.associationId, "2026-06-30")).toBe(0);
    expect((await reminders()).map((row) => [row.invoiceId, row.thresholdDays])).toEqual([
      [overdueId, 7],
      [overdueId, 30],
      [overdueId, 45],
    ]);

    await drainOutbox();
    const mails = readLocalMailbox(100).filter((mail) => mail.subject.startsWith("Relance"));
    expect(mails).toHaveLength(3);
    expect(mails[0].raw).toContain("application/pdf");
  });
});

describe("exports", () => {
  it("exports invoices as CSV with a BOM, ';', neutralised cells and frozen totals", async () => {
    const cookie = await sessionCookieFor(tenants.a.users.treasurer.email);
    const response = await respond(() =>
      invoicesCsvLoader({
        request: getRequest("/exports/factures.csv?du=2026-01-01&au=2026-12-31", cookie),
        params: {},
        context: {},
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="factures-2026-01-01-2026-12-31.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const rows = text.trimEnd().split("\r\n");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(rows[1]).toContain(";1000,00;0,00;1000,00;0,00;");
    expect(rows[2]).toContain(";50,00;0,00;50,00;50,00;Payée");
    const bad = await respond(() =>
      invoicesCsvLoader({
        request: getRequest("/exports/factures.csv?du=2026-12-31&au=2026-01-01", cookie),
        params: {},
        context: {},
      }),
    );
    expect(bad.status).toBe(400);
  });

  it("exports payments as CSV", async () => {
    const cookie = await sessionCookieFor(tenants.a.users.admin.email);
    const response = await respond(() =>
      paymentsCsvLoader({
        request: getRequest("/exports/paiements.csv?du=2026-01-01&au=2026-12-31", cookie),
        params: {},
        context: {},
      }),
    );
    const rows = (await response.text()).trimEnd().split("\r\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^01\/02\/2026;"'=HYPERLINK.*;Virement;Reçu;'\+VIR 42;50,00;F2026-0002$/);
  });

  it("writes the FEC: {SIREN}FEC{date}.txt, 18 columns, balanced sales and payment entries", async () => {
    const cookie = await sessionCookieFor(tenants.a.users.treasurer.email);
    const response = await respond(() =>
      fecLoader({ request: getRequest("/exports/fec?annee=2026", cookie), params: {}, context: {} }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="890123456FEC20261231.txt"');
    const [header, ...rows] = new TextDecoder("iso-8859-15")
      .decode(await response.arrayBuffer())
      .trimEnd()
      .split("\r\n");
    expect(header.split("|")).toHaveLength(18);
    const cells = rows.map((row) => row.split("|"));
    expect(cells.every((row) => row.length === 18)).toBe(true);
    expect(cells.map((row) => [row[0], row[2], row[4], row[11], row[12]])).toEqual([
      ["VE", "F2026-0001", "411000", "1000,00", "0,00"],
      ["VE", "F2026-0001", "706000", "0,00", "1000,00"],
      ["VE", "F2026-0002", "411000", "50,00", "0,00"],
      ["VE", "F2026-0002", "706000", "0,00", "50,00"],
      ["BQ", "BQ2026-0001", "512000", "50,00", "0,00"],
      ["BQ", "BQ2026-0001", "411000", "0,00", "50,00"],
    ]);
    expect(cells.every((row) => row[4] !== "411000" || /^C\d{5}$/.test(row[6]))).toBe(true);
    expect(cells[0][3]).toBe("20260115");
    // Tenant b's data never leaks in.
    const otherCookie = await sessionCookieFor(tenants.b.users.treasurer.email);
    const other = await respond(() =>
      fecLoader({ request: getRequest("/exports/fec?annee=2026", otherCookie), params: {}, context: {} }),
    );
    expect((await other.text()).trimEnd().split("\r\n")).toHaveLength(1);
  });
});
