// Exports for the accountant, pure: the CSV of invoices and of payments (Excel in French: UTF-8 with
// BOM, ";", formula-like cells neutralised by csvCell). Credit notes are negative amounts, and the
// service period has its own columns for the year-end cut-off. The FEC lives in exports/fec.ts.

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
  isCreditNote: boolean;
  serviceStart: string | null;
  serviceEnd: string | null;
};

export const INVOICE_CSV_HEADERS = [
  "Numéro",
  "Type",
  "Date",
  "Échéance",
  "Structure",
  "SIREN",
  "Total HT",
  "TVA",
  "Total TTC",
  "Payé",
  "État",
  "Facture corrigée",
  "Début de la période de service",
  "Fin de la période de service",
];

function csv(header: string[], rows: string[][]): string {
  return (
    BOM + [header.map((cell) => csvCell(cell)).join(";"), ...rows.map((row) => row.join(";"))].join("\r\n") + "\r\n"
  );
}

export function invoicesCsv(rows: readonly InvoiceCsvRow[]): string {
  return csv(
    INVOICE_CSV_HEADERS,
    rows.map((row) => {
      // A credit note reduces the turnover: its amounts are negative, as the accountant books them.
      const signed = (cents: number) => csvCell(euros(row.isCreditNote ? -cents : cents), { number: true });
      return [
        csvCell(row.number),
        csvCell(row.kind),
        csvCell(frenchDate(row.issueDate)),
        csvCell(frenchDate(row.dueDate)),
        csvCell(row.memberName),
        csvCell(row.memberSiren ?? ""),
        signed(row.totalExclTaxCents),
        signed(row.totalTaxCents),
        signed(row.totalInclTaxCents),
        csvCell(euros(row.paidCents), { number: true }),
        csvCell(row.state),
        csvCell(row.correctsNumber ?? ""),
        csvCell(frenchDate(row.serviceStart)),
        csvCell(frenchDate(row.serviceEnd)),
      ];
    }),
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
