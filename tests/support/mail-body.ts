// Reads the text of a stored .eml as a person would: the quoted-printable body decoded to UTF-8.
export function mailBodyText(raw: string): string {
  const body = raw.replace(/\r\n/g, "\n");
  const bytes: number[] = [];
  const unfolded = body.replace(/=\n/g, "");
  for (let index = 0; index < unfolded.length; index += 1) {
    const char = unfolded[index];
    const hex = unfolded.slice(index + 1, index + 3);
    if (char === "=" && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(char, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
