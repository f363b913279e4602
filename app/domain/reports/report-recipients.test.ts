import { describe, expect, it } from "vitest";
import { reportRecipients } from "./report-recipients";

const contacts = [
  { name: "Nadia Ressourcerie", email: "nadia@ressourcerie.test" },
  { name: "Paul Sans Adresse", email: "" },
  { name: "Zoé Compta", email: "compta@ressourcerie.test" },
];

describe("reportRecipients", () => {
  it("sends to the requester, the signer and the organisation's address, each once", () => {
    expect(
      reportRecipients({
        requesterEmail: "membre@ressourcerie.test",
        signerName: "  nadia  RESSOURCERIE ",
        organisationEmail: "contact@ressourcerie.test",
        contacts,
      }),
    ).toEqual(["membre@ressourcerie.test", "nadia@ressourcerie.test", "contact@ressourcerie.test"]);
  });

  it("does not repeat an address that plays two parts, whatever its case", () => {
    expect(
      reportRecipients({
        requesterEmail: "Nadia@Ressourcerie.test",
        signerName: "Nadia Ressourcerie",
        organisationEmail: "nadia@ressourcerie.test",
        contacts,
      }),
    ).toEqual(["Nadia@Ressourcerie.test"]);
  });

  it("leaves out a signer without an address, or who is not a contact", () => {
    expect(
      reportRecipients({
        requesterEmail: null,
        signerName: "Paul Sans Adresse",
        organisationEmail: "contact@ressourcerie.test",
        contacts,
      }),
    ).toEqual(["contact@ressourcerie.test"]);
    expect(
      reportRecipients({
        requesterEmail: null,
        signerName: "Un passant",
        organisationEmail: "contact@ressourcerie.test",
        contacts,
      }),
    ).toEqual(["contact@ressourcerie.test"]);
  });

  it("falls back to the contacts with an address when none of the three is known", () => {
    expect(reportRecipients({ requesterEmail: null, signerName: null, organisationEmail: " ", contacts })).toEqual([
      "nadia@ressourcerie.test",
      "compta@ressourcerie.test",
    ]);
  });
});
