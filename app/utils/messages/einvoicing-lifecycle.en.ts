// English: Messages of an issued document's e-invoicing lifecycle: the timeline's statuses (CDAR codes), and what
// the treasurer does about a rejection.
// Typed against the French file, so no key can be missing or extra.
import type { messages as fr } from "./einvoicing-lifecycle.fr";

export const messages: Record<keyof typeof fr, string> = {
  "einvoicing.lifecycle.title": "E-invoice tracking",
  "einvoicing.lifecycle.channel.PA": "Sent through the association's approved platform.",
  "einvoicing.lifecycle.channel.CHORUS_PRO": "Sent through Chorus Pro (public client).",
  "einvoicing.lifecycle.waiting": "Being filed: the status will show here once the platform has it.",
  "einvoicing.lifecycle.current": "Current status",
  "einvoicing.lifecycle.memberStatus": "E-invoice: {status}",
  "einvoicing.lifecycle.reason": "Reason: {reason}",
  "einvoicing.lifecycle.amount": "Amount received: {amount}",
  "einvoicing.status.200": "Filed",
  "einvoicing.status.201": "Issued by the platform",
  "einvoicing.status.202": "Received by the client's platform",
  "einvoicing.status.203": "Made available to the client",
  "einvoicing.status.204": "Taken in charge",
  "einvoicing.status.205": "Approved",
  "einvoicing.status.206": "Partly approved",
  "einvoicing.status.207": "Disputed",
  "einvoicing.status.208": "Suspended",
  "einvoicing.status.209": "Completed",
  "einvoicing.status.210": "Refused",
  "einvoicing.status.211": "Payment sent",
  "einvoicing.status.212": "Paid in",
  "einvoicing.status.213": "Rejected",
  "einvoicing.status.214": "Endorsed",
  "einvoicing.status.501": "Inadmissible",
  "einvoicing.status.unknown": "Status {code}",
  "einvoicing.rejection.title": "What to do now?",
  "einvoicing.rejection.rejected": "The platform rejected this invoice: it was not delivered to the client.",
  "einvoicing.rejection.refused": "The client refused this invoice.",
  "einvoicing.rejection.noReason": "The platform gave no reason.",
  "einvoicing.rejection.explain":
    "An issued invoice is never edited or deleted. Issue a credit note that cancels it, then a corrected invoice: it goes to the platform with a new number.",
  "einvoicing.rejection.step1": "1. Issue the credit note",
  "einvoicing.rejection.step1.done": "1. Credit note issued: the rejected invoice is cancelled.",
  "einvoicing.rejection.step2": "2. Prepare the corrected invoice",
  "einvoicing.rejection.step2.hint":
    "A draft repeats this invoice's lines: fix what the reason points at, then issue it.",
  "einvoicing.rejection.open": "2. Open the corrected invoice",
  "einvoicing.rejection.drafted": "The corrected invoice's draft is ready: fix it if needed, then issue it.",
  "einvoicing.settings.chorus.title": "Chorus Pro (public clients)",
  "einvoicing.settings.chorus.intro":
    "Invoices to public bodies are filed on Chorus Pro, with the year's service code and engagement number, then followed until paid. It takes a PISTE application and the association's Chorus Pro technical account.",
  "einvoicing.settings.chorus.baseUrl": "Chorus Pro API address (PISTE)",
  "einvoicing.settings.chorus.baseUrl.hint":
    "Production: https://api.piste.gouv.fr; qualification: https://sandbox-api.piste.gouv.fr. Empty: nothing is filed.",
  "einvoicing.settings.chorus.tokenUrl": "PISTE OAuth2 token address",
  "einvoicing.settings.chorus.tokenUrl.hint":
    "Production: https://oauth.piste.gouv.fr/api/oauth/token. Empty: the API address followed by /api/oauth/token.",
  "einvoicing.settings.chorus.clientId": "PISTE client id",
  "einvoicing.settings.chorus.clientSecret": "PISTE client secret",
  "einvoicing.settings.chorus.login": "Chorus Pro technical account login",
  "einvoicing.settings.chorus.password": "Chorus Pro technical account password",
  "einvoicing.settings.chorus.stored": "Stored (encrypted, never shown again). Leave empty to keep it.",
  "einvoicing.settings.chorus.save": "Save the Chorus Pro connection",
  "einvoicing.settings.chorus.saved": "Chorus Pro connection saved.",
  "einvoicing.settings.errors.chorusLogin": "Enter the Chorus Pro technical account login.",
  "einvoicing.settings.pa.directoryUrl": "Platform Directory API address",
  "einvoicing.settings.pa.directoryUrl.hint":
    "To fill a client's e-invoicing address from its SIREN. Empty: addresses are typed in.",
  "members.einvoicing.directory.title": "E-invoicing directory",
  "members.einvoicing.directory.lookup": "Look up in the directory",
  "members.einvoicing.directory.hint": "Fills the address from the e-invoicing directory, by SIREN.",
  "members.einvoicing.directory.none":
    "With no approved platform directory configured, type in the address the client gave you.",
  "members.einvoicing.directory.found": "Address found in the directory: {address}.",
  // Page titles (app/utils/page-title.ts), before « · Quote-part ».
  "title.invoice": "Invoice",
};
