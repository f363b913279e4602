// English: Messages of the French e-invoicing reform: members' e-invoicing profiles and the association's settings.
// Typed against the French file, so no key can be missing or extra.
import type { messages as fr } from "./einvoicing.fr";

export const messages: Record<keyof typeof fr, string> = {
  "einvoicing.settings.title": "E-invoicing",
  "einvoicing.settings.link": "E-invoicing",
  "einvoicing.settings.intro":
    "Since 1 September 2026, VAT-liable businesses receive their invoices through an approved platform; from 1 September 2027, associations that charge VAT must issue theirs that way too.",
  "einvoicing.settings.scope.legend": "Scope",
  "einvoicing.settings.scope.byRegime": "According to the VAT regime chosen in the settings:",
  "einvoicing.settings.scope.in": "In scope: issued invoices are sent to the approved platform.",
  "einvoicing.settings.scope.out": "Out of scope: nothing changes, invoices are emailed as today.",
  "einvoicing.settings.scope.overridden": "This choice departs from what the VAT regime implies.",
  "einvoicing.settings.scope.AUTO": "Follow the VAT regime (recommended)",
  "einvoicing.settings.scope.IN_SCOPE": "Always send to the approved platform",
  "einvoicing.settings.scope.OUT_OF_SCOPE": "Do not send (out of scope)",
  "einvoicing.settings.vat.legend": "When VAT is due",
  "einvoicing.settings.vatOnDebits": "The association opted to pay VAT on debits",
  "einvoicing.settings.vatOnDebits.hint":
    "For services, VAT is due on payment unless this option is taken. With it, invoices say “TVA sur les débits”. No effect without VAT.",
  "einvoicing.settings.save": "Save",
  "einvoicing.settings.saved": "E-invoicing settings saved.",
  "einvoicing.settings.unchanged": "Nothing changed.",
  "einvoicing.settings.pa.title": "Approved platform",
  "einvoicing.settings.pa.intro":
    "Issued invoices and credit notes are filed there automatically when the association is in scope. Public bodies go through Chorus Pro.",
  "einvoicing.settings.pa.baseUrl": "Platform Flow API address",
  "einvoicing.settings.pa.baseUrl.hint":
    "Given by your approved platform, e.g. https://api.flow.my-platform.fr/flow-service. Empty: nothing is sent.",
  "einvoicing.settings.pa.tokenUrl": "OAuth2 token address",
  "einvoicing.settings.pa.tokenUrl.hint": "Empty: the API address followed by /oauth/token.",
  "einvoicing.settings.pa.clientId": "OAuth2 client id",
  "einvoicing.settings.pa.clientSecret": "OAuth2 client secret",
  "einvoicing.settings.pa.clientSecret.stored":
    "A secret is stored (encrypted, never shown again). Leave empty to keep it.",
  "einvoicing.settings.pa.clientSecret.none": "No secret stored. It will be kept encrypted and never shown again.",
  "einvoicing.settings.pa.save": "Save the connection",
  "einvoicing.settings.pa.saved": "Approved platform connection saved.",
  "einvoicing.settings.errors.url": "Enter a full address starting with https:// (or http:// for tests).",
  "einvoicing.settings.errors.clientId": "Enter the client id given by the platform.",
  "members.einvoicing.title": "E-invoicing",
  "members.einvoicing.intro":
    "Asked for before an invoice is issued: they tell the approved platform how to deliver it.",
  "members.einvoicing.buyerKind": "Kind of client",
  "members.einvoicing.kind.VAT_BUSINESS": "VAT-liable business",
  "members.einvoicing.kind.NON_VAT_ASSOCIATION": "Association not liable to VAT",
  "members.einvoicing.kind.PUBLIC_BODY": "Public body (Chorus Pro)",
  "members.einvoicing.kind.INDIVIDUAL": "Individual",
  "members.einvoicing.kind.derived": "Not set: derived from the “professional client” box.",
  "members.einvoicing.routingAddress": "E-invoicing address",
  "members.einvoicing.routingAddress.hint":
    "The SIREN, optionally followed by a routing code (e.g. 123456789_COMPTA). Leave empty to use the SIREN.",
  "members.einvoicing.siren": "SIREN used",
  "members.einvoicing.sirenMissing": "No SIREN: fill it in under “Identity and billing” above.",
  "members.einvoicing.save": "Save the e-invoicing profile",
  "members.einvoicing.saved": "E-invoicing profile saved.",
  "members.einvoicing.public.title": "Chorus Pro references per year",
  "members.einvoicing.public.none": "No reference recorded.",
  "members.einvoicing.public.year": "Year",
  "members.einvoicing.public.serviceCode": "Service code",
  "members.einvoicing.public.engagementNumber": "Engagement number",
  "members.einvoicing.public.save": "Save the references",
  "members.einvoicing.public.saved": "Chorus Pro references for {year} saved.",
  "members.einvoicing.errors.routingAddress":
    "Enter the SIREN (9 digits), optionally followed by “_” and a routing code (letters, digits, - _ .).",
  "members.einvoicing.errors.chorusIdentifier": "Letters, digits and - _ . / only.",
  "members.einvoicing.errors.year": "Enter a year between 2020 and 2100.",
  "einvoicing.refusal.notRejected": "This invoice was neither rejected nor refused: there is nothing to correct.",
  "einvoicing.refusal.creditNoteFirst":
    "First issue the credit note that cancels the rejected invoice, then the corrected invoice.",
  "einvoicing.refusal.sirenFirst": "Enter the organisation's SIREN first: the directory is searched by SIREN.",
  "einvoicing.refusal.noDirectory":
    "The association has no approved-platform directory configured: enter the address the client gave you.",
  "einvoicing.refusal.noActiveAddress":
    "The directory has no active address for SIREN {siren}: the client has not chosen its platform yet. Enter the address it gave you, or leave it empty to use the SIREN.",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.einvoicing": "E-invoicing",
};
