import { describe, expect, it } from "vitest";
import { invitationEmail, passwordResetEmail } from "./account-emails";

const invitation = {
  email: "ada@example.org",
  name: "Ada",
  associationName: "Amie des 7 vallées",
  inviterName: "Jeanne Martin",
  role: "member" as const,
  memberName: "École du Lac",
  link: "https://qp.test/invitation/abc",
};

describe("account e-mails", () => {
  it("sends the password reset in the user's language", () => {
    const fr = passwordResetEmail({ email: "a@b.fr", name: "Élodie", locale: "fr" }, "https://qp.test/r/1");
    expect(fr.subject).toBe("Choisir un nouveau mot de passe – Quote-part");
    expect(fr.text).toMatch(/^Bonjour Élodie,\n\nUne demande de nouveau mot de passe a été faite/);
    expect(fr.text).toContain("\n\nhttps://qp.test/r/1\n\nLe lien est valable une heure");
    const en = passwordResetEmail({ email: "a@b.fr", name: "Ada", locale: "en" }, "https://qp.test/r/1");
    expect(en.subject).toBe("Choose a new password – Quote-part");
    expect(en.text).toMatch(/^Hello Ada,\n\nSomeone asked for a new password/);
    expect(en.text).toContain("\n\nhttps://qp.test/r/1\n\nThe link is valid for one hour and works only once.");
  });

  it("invites in French, saying the role and the organisation", () => {
    const mail = invitationEmail({ ...invitation, locale: "fr" });
    expect(mail.to).toBe("ada@example.org");
    expect(mail.subject).toBe("Invitation à rejoindre Amie des 7 vallées sur Quote-part");
    expect(mail.text).toContain(
      "Jeanne Martin vous invite à rejoindre Amie des 7 vallées sur Quote-part, l'outil de suivi de la maintenance informatique partagée, en tant que contact d'une structure adhérente pour École du Lac.",
    );
    expect(mail.text).toContain("https://qp.test/invitation/abc");
  });

  it("invites in English, and greets without a name when there is none", () => {
    const mail = invitationEmail({ ...invitation, name: "", role: "treasurer", memberName: null, locale: "en" });
    expect(mail.subject).toBe("Invitation to join Amie des 7 vallées on Quote-part");
    expect(mail.text).toMatch(/^Hello,\n\nJeanne Martin invites you to join Amie des 7 vallées on Quote-part/);
    expect(mail.text).toContain("as treasurer.");
    expect(mail.text).toContain("The link is valid for 7 days and works only once.");
  });
});
