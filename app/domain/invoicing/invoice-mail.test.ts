import { describe, expect, it } from "vitest";
import { invoiceMailText, type InvoiceMailView } from "./invoice-mail";

const view: InvoiceMailView = {
  kind: "SHARES",
  number: "F2026-0007",
  issueDate: "2026-03-02",
  dueDate: "2026-04-01",
  seller: { name: "Amie des 7 vallées", email: "tresorier@amie.test" },
  payment: { iban: "FR7630006000011234567890189", bic: "AGRIFRPP", paymentLink: null },
  correctedInvoice: null,
};

describe("invoiceMailText", () => {
  it("keeps the French wording of an invoice", () => {
    const { subject, text } = invoiceMailText(view, 123_456, "fr");
    expect(subject).toBe("Facture F2026-0007 — Amie des 7 vallées");
    expect(text).toBe(
      "Bonjour,\n\nVeuillez trouver ci-joint la facture F2026-0007 du 02/03/2026, d'un montant de 1\u00a0234,56\u00a0€, à régler au plus tard le 01/04/2026." +
        "\n\nRèglement par virement : IBAN FR7630006000011234567890189, BIC AGRIFRPP, en indiquant le numéro F2026-0007." +
        "\n\nBien cordialement,\nAmie des 7 vallées\ntresorier@amie.test",
    );
  });

  it("writes an invoice in English, with the online payment link", () => {
    const { subject, text } = invoiceMailText(
      { ...view, payment: { ...view.payment, bic: null, paymentLink: "https://pay.test/1" } },
      123_456,
      "en",
    );
    expect(subject).toBe("Invoice F2026-0007 — Amie des 7 vallées");
    expect(text).toContain("Please find attached invoice F2026-0007 of 02/03/2026, for an amount of €1,234.56");
    expect(text).toContain(
      "Payment by bank transfer: IBAN FR7630006000011234567890189, quoting the number F2026-0007.",
    );
    expect(text).toContain("Pay online (card or SEPA direct debit): https://pay.test/1");
    expect(text).toMatch(/Kind regards,\nAmie des 7 vallées\ntresorier@amie.test$/);
  });

  it("names the invoice a credit note corrects, in both languages", () => {
    const note = {
      ...view,
      kind: "CREDIT_NOTE" as const,
      number: "A2026-0001",
      correctedInvoice: { number: "F2026-0007", issueDate: null },
    };
    expect(invoiceMailText(note, 5_000, "fr").subject).toBe("Avoir A2026-0001 — Amie des 7 vallées");
    expect(invoiceMailText(note, 5_000, "fr").text).toContain(
      "l'avoir A2026-0001 du 02/03/2026, d'un montant de 50,00\u00a0€, qui corrige la facture F2026-0007.",
    );
    expect(invoiceMailText(note, 5_000, "en").subject).toBe("Credit note A2026-0001 — Amie des 7 vallées");
    expect(invoiceMailText(note, 5_000, "en").text).toContain("which corrects invoice F2026-0007.");
  });
});
