import { describe, expect, it } from "vitest";
import { reminderMailText } from "./reminder-mail";

const base = {
  sellerName: "Amie des 7 vallées",
  sellerEmail: "tresorier@amie.test",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPP",
  reference: "F2026-0001",
  paymentLink: null,
};

describe("reminderMailText", () => {
  it("asks for the amount still due of a partly paid invoice, not its total", () => {
    const { subject, text } = reminderMailText({
      ...base,
      lines: [
        {
          number: "F2026-0001",
          issueDate: "2026-01-15",
          dueDate: "2026-02-14",
          totalInclTaxCents: 300_000,
          amountDueCents: 125_000,
        },
      ],
    });
    expect(subject).toBe("Relance : facture F2026-0001, 1\u00a0250,00\u00a0€ restant à régler");
    expect(text).toContain(
      "- facture F2026-0001 du 15/01/2026, échue le 14/02/2026 : 1\u00a0250,00\u00a0€ restant dû (sur un total de 3\u00a0000,00\u00a0€, déjà réglée en partie)",
    );
    expect(text).toContain("FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP), en indiquant la référence F2026-0001");
  });
  it("gathers several invoices in one mail with their total", () => {
    const { subject, text } = reminderMailText({
      ...base,
      reference: "C00001 F2026-0001 F2026-0004",
      lines: [
        {
          number: "F2026-0001",
          issueDate: "2026-01-15",
          dueDate: "2026-02-14",
          totalInclTaxCents: 5_000,
          amountDueCents: 5_000,
        },
        {
          number: "F2026-0004",
          issueDate: "2026-03-15",
          dueDate: "2026-04-14",
          totalInclTaxCents: 100_000,
          amountDueCents: 100_000,
        },
      ],
    });
    expect(subject).toBe("Relance : 2 factures, 1\u00a0050,00\u00a0€ restant à régler");
    expect(text).toContain("Total restant dû : 1\u00a0050,00\u00a0€.");
    expect(text.match(/^- facture/gm)).toHaveLength(2);
  });
});
