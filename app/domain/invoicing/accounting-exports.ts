// Exports for the accountant, pure: the CSV of invoices and of payments (Excel in French: UTF-8 with
// BOM, ";", formula-like cells neutralised by csvCell), and the FEC (Fichier des Écritures Comptables,
// art. A47 A-1 du LPF): 18 pipe-separated columns in the legal order, dates YYYYMMDD, amounts with a
// decimal comma. Each sale and each payment is one balanced entry (Σ debit = Σ credit).

import { csvCell } from "~/domain/ledger/balance-table";
import { formatScaledInteger } from "./amount-text";

const BOM = "\uFEFF";
const euros = (cents: number) => formatScaledInteger(cents, 2, ",");
const frenchDate = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "");

export type InvoiceCsvRow = {
  number: string;
  kind: string;
  issueDate: string;
  dueDate: string | null;
  memberName: string;
  memberSiren: string | null;
  totalExclTaxCents: number;
  totalTaxCents: number;
  totalInclTaxCents: number;
  paidCents: number;
  state: string;
  correctsNumber: string | null;
};

export const INVOICE_CSV_HEADERS = ["Numéro", "Type", "Date", "Échéance", "Structure", "SIREN", "Total HT", "TVA", "Total TTC", "Payé", "État", "Facture corrigée"];

function csv(header: string[], rows: string[][]): string {
  return BOM + [header.map((cell) => csvCell(cell)).join(";"), ...rows.map((row) => row.join(";"))].join("\r\n") + "\r\n";
}

export function invoicesCsv(rows: readonly InvoiceCsvRow[]): string {
  return csv(
    INVOICE_CSV_HEADERS,
    rows.map((row) => [
      csvCell(row.number),
      csvCell(row.kind),
      csvCell(frenchDate(row.issueDate)),
      csvCell(frenchDate(row.dueDate)),
      csvCell(row.memberName),
      csvCell(row.memberSiren ?? ""),
      csvCell(euros(row.totalExclTaxCents), { number: true }),
      csvCell(euros(row.totalTaxCents), { number: true }),
      csvCell(euros(row.totalInclTaxCents), { number: true }),
      csvCell(euros(row.paidCents), { number: true }),
      csvCell(row.state),
      csvCell(row.correctsNumber ?? ""),
    ]),
  );
}

export type PaymentCsvRow = {
  receivedOn: string;
  memberName: string;
  method: string;
  status: string;
  reference: string;
  amountCents: number;
  invoiceNumbers: string[];
};

export const PAYMENT_CSV_HEADERS = ["Date", "Structure", "Moyen", "Statut", "Référence", "Montant", "Factures"];

export function paymentsCsv(rows: readonly PaymentCsvRow[]): string {
  return csv(
    PAYMENT_CSV_HEADERS,
    rows.map((row) => [
      csvCell(frenchDate(row.receivedOn)),
      csvCell(row.memberName),
      csvCell(row.method),
      csvCell(row.status),
      csvCell(row.reference),
      csvCell(euros(row.amountCents), { number: true }),
      csvCell(row.invoiceNumbers.join(", ")),
    ]),
  );
}

// ——— FEC ———

export const FEC_COLUMNS = [
  "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef",
  "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
] as const;

export const FEC_ACCOUNTS = {
  customers: { number: "411000", label: "Clients" },
  services: { number: "706000", label: "Prestations de services" },
  membershipFees: { number: "756000", label: "Cotisations" },
  vatCollected: { number: "445710", label: "TVA collectée" },
  bank: { number: "512000", label: "Banque" },
} as const;

export type FecSale = {
  number: string;
  isCreditNote: boolean;
  issueDate: string;
  customerCode: string;
  customerName: string;
  /** 756 for membership fees, 706 for the rest (a credit note uses its invoice's account). */
  revenue: "services" | "membershipFees";
  totalExclTaxCents: number;
  totalTaxCents: number;
  totalInclTaxCents: number;
};

export type FecPayment = {
  entryNumber: string;
  receivedOn: string;
  customerCode: string;
  customerName: string;
  reference: string;
  amountCents: number;
};

export type FecLine = Record<(typeof FEC_COLUMNS)[number], string>;

/** FEC text fields: no pipe, tab or line break may break the columns. */
function fecText(value: string): string {
  return value.replace(/\s*[|\t\r\n]+\s*/g, " ").trim();
}

const fecDate = (iso: string) => iso.replaceAll("-", "");

function line(entry: { journal: "VE" | "BQ"; number: string; date: string; piece: string; label: string }, account: { number: string; label: string }, aux: { code: string; name: string } | null, debit: number, credit: number): FecLine {
  return {
    JournalCode: entry.journal,
    JournalLib: entry.journal === "VE" ? "Ventes" : "Banque",
    EcritureNum: entry.number,
    EcritureDate: fecDate(entry.date),
    CompteNum: account.number,
    CompteLib: account.label,
    CompAuxNum: aux ? fecText(aux.code) : "",
    CompAuxLib: aux ? fecText(aux.name) : "",
    PieceRef: fecText(entry.piece),
    PieceDate: fecDate(entry.date),
    EcritureLib: fecText(entry.label),
    Debit: euros(debit),
    Credit: euros(credit),
    EcritureLet: "",
    DateLet: "",
    ValidDate: fecDate(entry.date),
    Montantdevise: "",
    Idevise: "",
  };
}

/** The entry of one invoice (customer debit, revenue and VAT credit) or credit note (the reverse). */
export function saleEntry(sale: FecSale): FecLine[] {
  const entry = { journal: "VE" as const, number: sale.number, date: sale.issueDate, piece: sale.number, label: `${sale.isCreditNote ? "Avoir" : "Facture"} ${sale.number} ${sale.customerName}` };
  const side = (cents: number, isDebitOnInvoice: boolean): [number, number] => (isDebitOnInvoice !== sale.isCreditNote ? [cents, 0] : [0, cents]);
  const lines = [
    line(entry, FEC_ACCOUNTS.customers, { code: sale.customerCode, name: sale.customerName }, ...side(sale.totalInclTaxCents, true)),
    line(entry, FEC_ACCOUNTS[sale.revenue], null, ...side(sale.totalExclTaxCents, false)),
  ];
  if (sale.totalTaxCents > 0) lines.push(line(entry, FEC_ACCOUNTS.vatCollected, null, ...side(sale.totalTaxCents, false)));
  return lines;
}

/** The entry of one payment received: bank debit, customer credit. */
export function paymentEntry(payment: FecPayment): FecLine[] {
  const entry = { journal: "BQ" as const, number: payment.entryNumber, date: payment.receivedOn, piece: payment.reference || payment.entryNumber, label: `Règlement ${payment.customerName}` };
  return [
    line(entry, FEC_ACCOUNTS.bank, null, payment.amountCents, 0),
    line(entry, FEC_ACCOUNTS.customers, { code: payment.customerCode, name: payment.customerName }, 0, payment.amountCents),
  ];
}

/** The whole file: header row, then sales and payments in date order; CRLF line ends. */
export function buildFec(sales: readonly FecSale[], payments: readonly FecPayment[]): string {
  const entries = [
    ...sales.map((sale) => ({ date: sale.issueDate, journal: "VE", lines: saleEntry(sale) })),
    ...payments.map((payment) => ({ date: payment.receivedOn, journal: "BQ", lines: paymentEntry(payment) })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.journal < b.journal ? 1 : a.journal > b.journal ? -1 : 0));
  const rows = entries.flatMap((entry) => entry.lines).map((fecLine) => FEC_COLUMNS.map((column) => fecLine[column]).join("|"));
  return [FEC_COLUMNS.join("|"), ...rows].join("\r\n") + "\r\n";
}

/** `{SIREN}FEC{YYYYMMDD}.txt`, the date being the financial year's closing date. */
export function fecFileName(siren: string, closingDate: string): string {
  return `${siren}FEC${fecDate(closingDate)}.txt`;
}
