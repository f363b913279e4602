import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { config } from "./config.server";

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Base64, so the message survives a round trip through the outbox's JSON payload. */
  contentBase64: string;
}

export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** Where replies go, since From is a no-reply address (an invoice's replies go to the treasurer). */
  replyTo?: string;
}

export function mailFrom() {
  return config().MAIL_FROM;
}

/** Without SMTP_URL, mail is written as .eml files here (see README, « Lire les e-mails »). */
export function localMailDirectory() {
  return path.resolve(config().MAIL_DIR);
}

let transport: nodemailer.Transporter | undefined;

function getTransport() {
  if (transport) return transport;
  const smtpUrl = config().SMTP_URL;
  transport = smtpUrl
    ? nodemailer.createTransport(smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transport;
}

/** Sends now. App code enqueues mail through the outbox instead (enqueueEmail). */
export async function deliverMail(message: MailMessage, messageId: string) {
  const info = await getTransport().sendMail({
    from: mailFrom(),
    to: message.to,
    subject: message.subject,
    replyTo: message.replyTo || undefined,
    text: message.text,
    html: message.html,
    messageId: `<${messageId}@quote-part>`,
    attachments: message.attachments?.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: Buffer.from(attachment.contentBase64, "base64"),
    })),
  });
  if (!config().SMTP_URL) {
    const directory = localMailDirectory();
    fs.mkdirSync(directory, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    fs.writeFileSync(path.join(directory, `${stamp}-${messageId}.eml`), info.message as Buffer);
  }
}

export interface StoredMail {
  file: string;
  to: string;
  subject: string;
  date: string;
  raw: string;
}

/** The local outbox, newest first: for the development mailbox page and for tests. */
export function readLocalMailbox(limit = 100): StoredMail[] {
  const directory = localMailDirectory();
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith(".eml"))
    .sort()
    .reverse()
    .slice(0, limit)
    .map((file) => {
      const raw = fs.readFileSync(path.join(directory, file), "utf8");
      return {
        file,
        raw,
        to: header(raw, "To"),
        subject: decodeHeader(header(raw, "Subject")),
        date: header(raw, "Date"),
      };
    });
}

function header(raw: string, name: string) {
  // nodemailer writes CRLF line ends; "." stops at \r, so folded (long) headers need LF first.
  const match = raw.replace(/\r\n/g, "\n").match(new RegExp(`^${name}: ((?:.*)(?:\\n[ \\t].*)*)`, "mi"));
  return match ? match[1].replace(/\n[ \t]/g, " ").trim() : "";
}

// Subjects with accents arrive as RFC 2047 encoded words (=?UTF-8?Q?…?= or =?UTF-8?B?…?=).
function decodeHeader(value: string) {
  return (
    value
      // RFC 2047: the folding whitespace between two encoded words is not part of the text.
      .replace(/\?=\s+=\?/g, "?==?")
      .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, encoded: string) => Buffer.from(encoded, "base64").toString("utf8"))
      .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, encoded: string) =>
        Buffer.from(
          encoded
            .replace(/_/g, " ")
            .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          "latin1",
        ).toString("utf8"),
      )
  );
}
