import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { decodeQuotedPrintable, readMailContent } from "./mail-text";

async function build(message: nodemailer.SendMailOptions) {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail({ from: "a@example.org", to: "b@example.org", ...message });
  return (info.message as Buffer).toString("utf8");
}

describe("readMailContent", () => {
  it("decodes quoted-printable with accents and long lines", async () => {
    const text = `Bonjour Élodie,\n\nVoici le lien : https://exemple.fr/reinitialiser/${"x".repeat(90)}\n\nÀ bientôt — l'équipe`;
    const raw = await build({ subject: "Réinitialisation", text });
    expect(readMailContent(raw).text).toBe(text);
  });

  it("finds the text part next to HTML and lists attachments", async () => {
    const raw = await build({
      subject: "Intervention",
      text: "Créneau confirmé.",
      html: "<p>Créneau confirmé.</p>",
      attachments: [{ filename: "rdv.ics", content: "BEGIN:VCALENDAR", contentType: "text/calendar" }],
    });
    expect(readMailContent(raw)).toEqual({ text: "Créneau confirmé.", attachments: ["rdv.ics"] });
  });

  it("reads plain 7bit text as is", () => {
    expect(readMailContent("Subject: x\nContent-Type: text/plain\n\nhello\nworld\n").text).toBe("hello\nworld");
  });

  it("decodes soft line breaks and escaped bytes", () => {
    expect(decodeQuotedPrintable("caf=C3=A9 =\nlong")).toBe("café long");
  });
});
