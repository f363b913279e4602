// English: Messages of intervention reports (fiche d'intervention): writing, signing, refusals.
// Typed against the French file, so no key can be missing or extra.
import type { messages as fr } from "./reports.fr";

export const messages: Record<keyof typeof fr, string> = {
  "reports.title": "Intervention report",
  "reports.time": "{raw} spent · {accounted} accounted",
  "reports.workDone": "Work done",
  "reports.remainingWork": "Work left",
  "reports.equipment": "Equipment concerned",
  "reports.signerName": "Signer's name",
  "reports.signature": "Member's signature",
  "reports.signatureHint": "Have them sign with a finger inside the box.",
  "reports.clear": "Clear the signature",
  "reports.save": "Save without signing",
  "reports.sign": "Sign and send",
  "reports.noJs": "Signing needs JavaScript: save the report now and have it signed later.",
  "reports.signedOn": "Signed by {name} on {date}. A signed report cannot be changed.",
  "reports.download": "Download the PDF",
  "reports.saved": "Report saved.",
  "reports.signedDone": "Report signed: it is emailed to the member.",
  "reports.refusal.SIGNED": "This report is signed: it cannot be changed.",
  "reports.refusal.SIGNATURE_FORMAT": "The signature could not be read: try again.",
  "reports.refusal.SIGNATURE_TOO_LARGE": "The signature is too large (300 KB at most): clear it and try again.",
  "reports.refusal.SIGNATURE_NOT_PNG": "The signature is not a PNG image: try again.",
  "reports.errors.workDone": "Describe the work done.",
  "reports.errors.tooLong": "This text is too long.",
  "reports.errors.signerName": "Enter the name of the person signing.",
  "reports.errors.signature": "Have the member sign inside the box first.",
  "reports.readOnly": "Read only: only a technician can fill in the report.",
  "reports.refusal.NOT_DONE": "Close the intervention before the report is signed.",
};
