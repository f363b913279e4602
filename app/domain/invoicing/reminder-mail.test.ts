import { describe, expect, it } from "vitest";
import { expectContainsAll } from "../../../tests/support/expect-each";
import { reminderMailText } from "./reminder-mail";

const base = {
  sellerName: "Amie des 7 vallées",
  sellerEmail: "tresorier@amie.test",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPP",
  reference: "F2026-0001",
  paymentLink: null,
  locale: "fr" as const,
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

  it("writes in English, with English amounts and plurals, to an English-speaking association", () => {
    const partly = {
      number: "F2026-0001",
      issueDate: "2026-01-15",
      dueDate: "2026-02-14",
      totalInclTaxCents: 300_000,
      amountDueCents: 125_000,
    };
    const one = reminderMailText({ ...base, locale: "en", paymentLink: "https://pay.test/x", lines: [partly] });
    expect(one.subject).toBe("Reminder: invoice F2026-0001, €1,250.00 still to pay");
    expect(one.text).toContain("Unless we are mistaken, the following invoice is still to be paid:");
    expect(one.text).toContain(
      "- invoice F2026-0001 of 15/01/2026, due on 14/02/2026: €1,250.00 still due (out of a total of €3,000.00, already partly paid)",
    );
    expectContainsAll(one.text, [
      "Total still due: €1,250.00. You will find it attached.",
      "(BIC AGRIFRPP), quoting the reference F2026-0001.",
      "You can also pay online (card or SEPA direct debit): https://pay.test/x",
    ]);
    expect(one.text).toMatch(/^Hello,\n/);
    expect(one.text).toMatch(/Kind regards,\nAmie des 7 vallées\ntresorier@amie.test$/);
    const two = reminderMailText({ ...base, locale: "en", lines: [partly, { ...partly, number: "F2026-0004" }] });
    expect(two.subject).toBe("Reminder: 2 invoices, €2,500.00 still to pay");
    expect(two.text).toContain("the following invoices are still to be paid");
    expect(two.text).toContain("You will find them attached.");
  });

  it("keeps the French wording, greeting to signature", () => {
    const { text } = reminderMailText({
      ...base,
      lines: [
        { number: "F2026-0001", issueDate: "2026-01-15", dueDate: null, totalInclTaxCents: 500, amountDueCents: 500 },
      ],
    });
    expect(text).toBe(
      "Bonjour,\n\nSauf erreur de notre part, la facture suivante reste à régler :\n\n" +
        "- facture F2026-0001 du 15/01/2026 : 5,00\u00a0€ restant dû\n\nTotal restant dû : 5,00\u00a0€. Vous la trouverez en pièce jointe." +
        "\n\nVous pouvez régler par virement sur le compte FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP), en indiquant la référence F2026-0001." +
        "\n\nSi le paiement est déjà parti, merci de ne pas tenir compte de ce message.\n\nBien cordialement,\nAmie des 7 vallées\ntresorier@amie.test",
    );
  });
});
