// The FEC (Fichier des Écritures Comptables, art. A47 A-1 du LPF): 18 pipe-separated columns in the
// legal order, dates YYYYMMDD, amounts with a decimal comma, encoded in ISO 8859-15. Pure.
// - Invoices in journal VE, credit notes in AV (their own series), receipts in BQ.
// - Customer lines on 411000 carry the member's account (CompAuxNum "C00042", CompAuxLib its name).
// - A cheque is debited to 5112 (chèques à encaisser) when received and moved to 512 when deposited.
// - A deleted payment keeps its entry and gets a reversing one on the day it was deleted.
// - Lettering (EcritureLet/DateLet) comes from the payment allocations and credit notes: see fec-lettering.ts.

import { formatScaledInteger } from "~/domain/invoicing/amount-text";
import { neutraliseFormula } from "./spreadsheet-text";

export const FEC_COLUMNS = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
] as const;

export const FEC_ACCOUNTS = {
  customers: { number: "411000", label: "Clients" },
  services: { number: "706000", label: "Prestations de services" },
  membershipFees: { number: "756000", label: "Cotisations" },
  vatCollected: { number: "445710", label: "TVA collectée" },
  chequesToDeposit: { number: "511200", label: "Chèques à encaisser" },
  bank: { number: "512000", label: "Banque" },
} as const;

const JOURNALS = { VE: "Ventes", AV: "Avoirs", BQ: "Banque" } as const;
type Journal = keyof typeof JOURNALS;

export type FecCustomer = { code: string; name: string };
export type FecLetter = { code: string; date: string };

export type FecSale = {
  number: string;
  isCreditNote: boolean;
  issueDate: string;
  customer: FecCustomer;
  /** 756 for membership fees, 706 for the rest (a credit note uses its invoice's account). */
  revenue: "services" | "membershipFees";
  totalExclTaxCents: number;
  totalTaxCents: number;
  totalInclTaxCents: number;
  /** The lettering of the invoice (or, for a credit note, of the invoice it corrects). */
  letter: FecLetter | null;
};

export type FecPayment = {
  isCheque: boolean;
  receivedOn: string;
  depositedOn: string | null;
  deletedOn: string | null;
  customer: FecCustomer;
  reference: string;
  amountCents: number;
  /** Allocations of a payment that stands (none for a deleted one), each lettered with its invoice. */
  allocations: { amountCents: number; letter: FecLetter | null }[];
};

export type FecLine = Record<(typeof FEC_COLUMNS)[number], string>;

const euros = (cents: number) => formatScaledInteger(cents, 2, ",");
const fecDate = (iso: string) => iso.replaceAll("-", "");

/** FEC text fields: no pipe, tab or line break may break the columns, and no formula may run. */
export function fecText(value: string): string {
  return neutraliseFormula(value.replace(/\s*[|\t\r\n]+\s*/g, " ").trim());
}

type Entry = {
  journal: Journal;
  number: string;
  date: string;
  piece: string;
  label: string;
  lines: Omit<
    FecLine,
    | "JournalCode"
    | "JournalLib"
    | "EcritureNum"
    | "EcritureDate"
    | "PieceRef"
    | "PieceDate"
    | "EcritureLib"
    | "ValidDate"
    | "Montantdevise"
    | "Idevise"
  >[];
};

function posting(
  account: { number: string; label: string },
  customer: FecCustomer | null,
  debit: number,
  credit: number,
  letter: FecLetter | null = null,
) {
  return {
    CompteNum: account.number,
    CompteLib: account.label,
    CompAuxNum: customer ? fecText(customer.code) : "",
    CompAuxLib: customer ? fecText(customer.name) : "",
    Debit: euros(debit),
    Credit: euros(credit),
    EcritureLet: letter?.code ?? "",
    DateLet: letter ? fecDate(letter.date) : "",
  };
}

/** The entry of one invoice (customer debit, revenue and VAT credit) or credit note (the reverse). */
export function saleEntry(sale: FecSale): Entry {
  const side = (cents: number, isDebitOnInvoice: boolean): [number, number] =>
    isDebitOnInvoice !== sale.isCreditNote ? [cents, 0] : [0, cents];
  const lines = [
    posting(FEC_ACCOUNTS.customers, sale.customer, ...side(sale.totalInclTaxCents, true), sale.letter),
    posting(FEC_ACCOUNTS[sale.revenue], null, ...side(sale.totalExclTaxCents, false)),
  ];
  if (sale.totalTaxCents > 0) lines.push(posting(FEC_ACCOUNTS.vatCollected, null, ...side(sale.totalTaxCents, false)));
  return {
    journal: sale.isCreditNote ? "AV" : "VE",
    number: sale.number,
    date: sale.issueDate,
    piece: sale.number,
    label: `${sale.isCreditNote ? "Avoir" : "Facture"} ${sale.number} ${sale.customer.name}`,
    lines,
  };
}

/** Receipt, deposit (cheques) and reversal (deleted payments) entries of one payment; numbers are set later. */
export function paymentEntries(payment: FecPayment): Entry[] {
  const receiving = payment.isCheque ? FEC_ACCOUNTS.chequesToDeposit : FEC_ACCOUNTS.bank;
  const piece = payment.reference || (payment.isCheque ? "Chèque" : "Règlement");
  const allocated = payment.allocations.reduce((sum, allocation) => sum + allocation.amountCents, 0);
  // One customer line per allocation, so each carries its invoice's letter; the rest is the member's credit.
  const customerLines = [
    ...payment.allocations.map((allocation) =>
      posting(FEC_ACCOUNTS.customers, payment.customer, 0, allocation.amountCents, allocation.letter),
    ),
    ...(payment.amountCents > allocated
      ? [posting(FEC_ACCOUNTS.customers, payment.customer, 0, payment.amountCents - allocated)]
      : []),
  ];
  const entries: Entry[] = [
    {
      journal: "BQ",
      number: "",
      date: payment.receivedOn,
      piece,
      label: `Règlement ${payment.isCheque ? "par chèque " : ""}${payment.customer.name}`,
      lines: [posting(receiving, null, payment.amountCents, 0), ...customerLines],
    },
  ];
  const depositedBeforeDeletion =
    payment.depositedOn !== null && (payment.deletedOn === null || payment.depositedOn <= payment.deletedOn);
  if (payment.isCheque && depositedBeforeDeletion) {
    entries.push({
      journal: "BQ",
      number: "",
      date: payment.depositedOn!,
      piece,
      label: `Remise de chèque ${payment.customer.name}`,
      lines: [
        posting(FEC_ACCOUNTS.bank, null, payment.amountCents, 0),
        posting(FEC_ACCOUNTS.chequesToDeposit, null, 0, payment.amountCents),
      ],
    });
  }
  if (payment.deletedOn !== null) {
    const heldOn = payment.isCheque && !depositedBeforeDeletion ? FEC_ACCOUNTS.chequesToDeposit : FEC_ACCOUNTS.bank;
    entries.push({
      journal: "BQ",
      number: "",
      date: payment.deletedOn,
      piece,
      label: `Annulation règlement ${payment.customer.name}`,
      lines: [
        posting(FEC_ACCOUNTS.customers, payment.customer, payment.amountCents, 0),
        posting(heldOn, null, 0, payment.amountCents),
      ],
    });
  }
  return entries;
}

const JOURNAL_ORDER: Record<Journal, number> = { VE: 0, AV: 1, BQ: 2 };

/** The whole file as text: header, then the entries dated inside [from, to] in date order; CRLF line ends. */
export function buildFec(
  sales: readonly FecSale[],
  payments: readonly FecPayment[],
  range: { from: string; to: string },
): string {
  const inRange = (entry: Entry) => entry.date >= range.from && entry.date <= range.to;
  const bank = payments.flatMap(paymentEntries).filter(inRange);
  const entries = [...sales.map(saleEntry).filter(inRange), ...bank].sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : JOURNAL_ORDER[a.journal] - JOURNAL_ORDER[b.journal] ||
          (a.number < b.number ? -1 : a.number > b.number ? 1 : 0),
  );
  let bankSequence = 0;
  const year = range.to.slice(0, 4);
  const rows = entries.flatMap((entry) => {
    const number = entry.journal === "BQ" ? `BQ${year}-${String(++bankSequence).padStart(4, "0")}` : entry.number;
    return entry.lines.map((posted) => {
      const line: FecLine = {
        JournalCode: entry.journal,
        JournalLib: JOURNALS[entry.journal],
        EcritureNum: number,
        EcritureDate: fecDate(entry.date),
        PieceRef: fecText(entry.piece),
        PieceDate: fecDate(entry.date),
        EcritureLib: fecText(entry.label),
        ValidDate: fecDate(entry.date),
        Montantdevise: "",
        Idevise: "",
        ...posted,
      };
      return FEC_COLUMNS.map((column) => line[column]).join("|");
    });
  });
  return [FEC_COLUMNS.join("|"), ...rows].join("\r\n") + "\r\n";
}

/** `{SIREN}FEC{YYYYMMDD}.txt`, the date being the financial year's closing date. */
export function fecFileName(siren: string, closingDate: string): string {
  return `${siren}FEC${fecDate(closingDate)}.txt`;
}
