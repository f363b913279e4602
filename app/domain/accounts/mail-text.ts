// Reads the text of a stored .eml for the development mailbox. Handles what nodemailer writes:
// a single text part, or multipart (alternative with HTML, mixed with attachments), each part in
// 7bit, 8bit, quoted-printable or base64. Not a general MIME parser.

interface Part {
  headers: string;
  body: string;
}

function splitPart(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, "\n");
  const end = normalized.indexOf("\n\n");
  if (end === -1) return { headers: normalized, body: "" };
  return { headers: normalized.slice(0, end), body: normalized.slice(end + 2) };
}

function headerValue(headers: string, name: string) {
  const match = headers.match(new RegExp(`^${name}:((?:.*)(?:\\n[ \\t].*)*)`, "mi"));
  return match ? match[1].replace(/\n[ \t]+/g, " ").trim() : "";
}

export function decodeQuotedPrintable(text: string): string {
  const withoutSoftBreaks = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let index = 0; index < withoutSoftBreaks.length; index += 1) {
    const char = withoutSoftBreaks[index];
    const hex = withoutSoftBreaks.slice(index + 1, index + 3);
    if (char === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(char, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(part: Part) {
  const encoding = headerValue(part.headers, "Content-Transfer-Encoding").toLowerCase();
  if (encoding === "quoted-printable") return decodeQuotedPrintable(part.body);
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  return part.body;
}

function subParts(part: Part): Part[] {
  const boundary = headerValue(part.headers, "Content-Type").match(/boundary="?([^";]+)"?/i)?.[1];
  if (!boundary) return [];
  return part.body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith("--"))
    .map((chunk) => splitPart(chunk.replace(/^\n/, "")));
}

export interface MailContent {
  text: string;
  attachments: string[];
}

/** The first text/plain part, decoded, and the names of the attached files. */
export function readMailContent(raw: string): MailContent {
  const attachments: string[] = [];
  let text: string | null = null;
  const visit = (part: Part) => {
    const type = headerValue(part.headers, "Content-Type").toLowerCase();
    if (type.startsWith("multipart/")) {
      subParts(part).forEach(visit);
      return;
    }
    const disposition = headerValue(part.headers, "Content-Disposition");
    const filename =
      disposition.match(/filename="?([^";]+)"?/i)?.[1] ?? (type.match(/name="?([^";]+)"?/i)?.[1] || null);
    if (/^attachment/i.test(disposition) || (filename && !type.startsWith("text/plain"))) {
      if (filename) attachments.push(filename);
      return;
    }
    if (text === null && (type === "" || type.startsWith("text/plain"))) text = decodeBody(part).replace(/\n+$/, "");
  };
  visit(splitPart(raw));
  return { text: text ?? "", attachments };
}
