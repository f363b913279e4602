// The accountant's FEC on a real database (PGlite and PostgreSQL): readable customer accounts,
// invoices and credit notes in their own journals, cheques through 5112 until deposited, a deleted
// payment reversed, every EcritureNum balanced, every allocation lettered, ISO 8859-15 read back.
import { beforeAll, expect, it } from "vitest";
import { FEC_COLUMNS } from "../../app/domain/exports/fec";
import { issueCreditNote } from "../../app/domain/invoicing/credit-notes.server";
import { issueInvoice } from "../../app/domain/invoicing/invoice-issuance.server";
import {
  deletePayment,
  markChequeDeposited,
  recordManualPayment,
} from "../../app/domain/payments/manual-payments.server";
import { loader as fecLoader } from "../../app/routes/exports.fec";
import { loader as invoicesCsvLoader } from "../../app/routes/exports.factures[.]csv";
import { db } from "../../app/utils/db.server";
import { seedTwoTenants, type TwoTenants } from "../support/fixtures";
import { getRequest, respond, sessionCookieFor } from "../support/http";
import { createTestDraft, treasurerOf } from "../support/invoicing";

let tenants: TwoTenants;
const invoiceIds: string[] = [];

beforeAll(async () => {
  tenants = await seedTwoTenants();
  const { a } = tenants;
  const staff = { id: a.users.treasurer.id, associationId: a.associationId, timeZone: "Europe/Paris" };
  await db().member.update({ where: { id: a.memberIds[2] }, data: { name: '=HYPERLINK("http://evil")' } });
  const issue = async (memberIndex: number, cents: number, now: string) =>
    (
      await issueInvoice(
        treasurerOf(a),
        (
          await createTestDraft(a, {
            memberId: a.memberIds[memberIndex],
            lines: [{ description: "Parts", unitPriceCents: cents }],
          })
        ).id,
        { now: new Date(now) },
      )
    ).invoice;
  const partly = await issue(0, 300_000, "2026-01-15T10:00:00Z");
  const byCheque = await issue(1, 5_000, "2026-01-20T10:00:00Z");
  const credited = await issue(2, 40_000, "2026-02-02T10:00:00Z");
  invoiceIds.push(partly.id, byCheque.id, credited.id);
  const pay = (
    memberIndex: number,
    method: "BANK_TRANSFER" | "CHEQUE",
    receivedOn: string,
    amount: number,
    invoiceId: string,
  ) =>
    recordManualPayment(staff, {
      memberId: a.memberIds[memberIndex],
      method,
      receivedOn,
      amount,
      reference: `${method} ${receivedOn}`,
      allocations: [{ invoiceId, amount }],
    });
  await pay(0, "BANK_TRANSFER", "2026-02-01", 175_000, partly.id);
  const cheque = await pay(1, "CHEQUE", "2026-02-03", 5_000, byCheque.id);
  await markChequeDeposited(staff, cheque.id, "2026-02-06");
  const mistaken = await pay(0, "BANK_TRANSFER", "2026-02-10", 10_000, partly.id);
  await deletePayment(staff, mistaken.id, "Saisi sur la mauvaise structure");
  await issueCreditNote(
    treasurerOf(a),
    credited.id,
    { mode: "full", reason: "Annulée", quantities: [] },
    { now: new Date("2026-03-01T10:00:00Z") },
  );
});

async function fecRows() {
  const cookie = await sessionCookieFor(tenants.a.users.treasurer.email);
  const response = await respond(() =>
    fecLoader({ request: getRequest("/exports/fec?annee=2026", cookie), params: {}, context: {} }),
  );
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("text/plain; charset=ISO-8859-15");
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder("iso-8859-15").decode(bytes);
  const [header, ...rows] = text.trimEnd().split("\r\n");
  expect(header).toBe(FEC_COLUMNS.join("|"));
  return {
    bytes,
    text,
    rows: rows.map(
      (row) =>
        Object.fromEntries(row.split("|").map((value, index) => [FEC_COLUMNS[index], value])) as Record<
          (typeof FEC_COLUMNS)[number],
          string
        >,
    ),
  };
}

const cents = (text: string) => Number(text.replace(",", ""));

it("balances every EcritureNum and letters every allocation", async () => {
  const { rows } = await fecRows();
  for (const number of new Set(rows.map((row) => row.EcritureNum))) {
    const lines = rows.filter((row) => row.EcritureNum === number);
    expect(
      lines.reduce((sum, row) => sum + cents(row.Debit), 0),
      number,
    ).toBe(lines.reduce((sum, row) => sum + cents(row.Credit), 0));
  }
  const allocations = await db().paymentAllocation.findMany({
    where: { associationId: tenants.a.associationId, payment: { deletedAt: null } },
    include: { invoice: { select: { number: true } } },
  });
  expect(allocations.length).toBeGreaterThanOrEqual(2);
  for (const allocation of allocations) {
    const invoiceLine = rows.find(
      (row) => row.JournalCode === "VE" && row.EcritureNum === allocation.invoice.number && row.CompteNum === "411000",
    )!;
    expect(invoiceLine.EcritureLet, allocation.invoice.number!).not.toBe("");
    const paymentLine = rows.find(
      (row) =>
        row.JournalCode === "BQ" &&
        row.CompteNum === "411000" &&
        row.EcritureLet === invoiceLine.EcritureLet &&
        cents(row.Credit) === allocation.amountCents,
    );
    expect(paymentLine, allocation.invoice.number!).toBeDefined();
  }
  // Partly paid: lower case; settled by cheque: upper case, dated the day it was settled.
  const letterOf = (number: string) => rows.find((row) => row.EcritureNum === number && row.CompteNum === "411000")!;
  const [partly, byCheque, credited] = await Promise.all(
    invoiceIds.map((id) => db().invoice.findUniqueOrThrow({ where: { id } })),
  );
  expect(letterOf(partly.number!).EcritureLet).toMatch(/^[a-z]+$/);
  expect(letterOf(byCheque.number!)).toMatchObject({
    EcritureLet: expect.stringMatching(/^[A-Z]+$/),
    DateLet: "20260203",
  });
  const creditNoteLine = rows.find((row) => row.JournalCode === "AV" && row.CompteNum === "411000")!;
  expect(creditNoteLine.EcritureLet).toBe(letterOf(credited.number!).EcritureLet);
  expect(creditNoteLine.EcritureNum).toMatch(/^AV2026-/);
});

it("names members by their account and name, takes cheques through 5112 and reverses a deleted payment", async () => {
  const { rows, bytes, text } = await fecRows();
  const customerLines = rows.filter((row) => row.CompteNum === "411000");
  expect(customerLines.every((row) => /^C\d{5}$/.test(row.CompAuxNum) && row.CompAuxLib !== "")).toBe(true);
  expect(customerLines.some((row) => row.CompAuxLib === "Coopérative Les Champs")).toBe(true);
  expect(customerLines.some((row) => row.CompAuxLib === `'=HYPERLINK("http://evil")`)).toBe(true);
  expect(text).not.toMatch(/\|=HYPERLINK/);
  const chequeEntries = rows.filter((row) => row.CompteNum === "511200");
  expect(chequeEntries.map((row) => [row.EcritureDate, row.Debit, row.Credit])).toEqual([
    ["20260203", "50,00", "0,00"],
    ["20260206", "0,00", "50,00"],
  ]);
  const reversal = rows.filter((row) => row.EcritureLib.startsWith("Annulation règlement"));
  expect(reversal.map((row) => [row.CompteNum, row.Debit, row.Credit])).toEqual([
    ["411000", "100,00", "0,00"],
    ["512000", "0,00", "100,00"],
  ]);
  // ISO 8859-15 read back: "é" is one byte 0xE9, never UTF-8's 0xC3 0xA9.
  expect(bytes.includes(0xe9)).toBe(true);
  expect(bytes.includes(0xc3)).toBe(false);
});

it("writes credit notes as negative amounts with the service period in the invoices CSV", async () => {
  const cookie = await sessionCookieFor(tenants.a.users.treasurer.email);
  const response = await respond(() =>
    invoicesCsvLoader({
      request: getRequest("/exports/factures.csv?du=2026-01-01&au=2026-12-31", cookie),
      params: {},
      context: {},
    }),
  );
  const rows = (await response.text()).trimEnd().split("\r\n");
  expect(rows[0]).toContain(";Début de la période de service;Fin de la période de service");
  const creditNote = rows.find((row) => row.startsWith("AV2026-"))!;
  expect(creditNote).toContain(";-400,00;0,00;-400,00;");
});
