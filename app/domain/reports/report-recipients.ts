// Who receives a signed report by e-mail: the person who asked for the intervention, the person
// who signed it (when they are a contact of the organisation with an address), and the
// organisation's own address. Each address once, whatever its case; none of them known, the
// organisation's contacts with an address, so a report is never sent to nobody.
export type RecipientSources = {
  requesterEmail: string | null;
  signerName: string | null;
  organisationEmail: string;
  contacts: { name: string; email: string }[];
};

const normalised = (text: string) => text.trim().toLowerCase().normalize("NFC").replace(/\s+/g, " ");

export function reportRecipients({
  requesterEmail,
  signerName,
  organisationEmail,
  contacts,
}: RecipientSources): string[] {
  const signer = signerName
    ? contacts.find((contact) => contact.email.trim() && normalised(contact.name) === normalised(signerName))
    : undefined;
  const chosen = [requesterEmail ?? "", signer?.email ?? "", organisationEmail];
  const addresses = chosen.some((email) => email.trim()) ? chosen : contacts.map((contact) => contact.email);
  const seen = new Set<string>();
  const recipients: string[] = [];
  for (const raw of addresses) {
    const email = raw.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    recipients.push(email);
  }
  return recipients;
}
