// English: the e-mails people receive. Typed against the French file, so no key can be missing or extra.
import type { messages as fr } from "./mail.fr";

export const messages: Record<keyof typeof fr, string> = {
  "mail.hello": "Hello,",
  "mail.helloName": "Hello {name},",
  "mail.regards": "Kind regards,",
  "mail.passwordReset.subject": "Choose a new password – Quote-part",
  "mail.passwordReset.body":
    "Someone asked for a new password for your Quote-part account.\nTo choose your new password, open this link:\n\n{link}\n\nThe link is valid for one hour and works only once.\nIf you did not ask for it, ignore this message: your current password still works.\n\n— Quote-part",
  "mail.invitation.subject": "Invitation to join {association} on Quote-part",
  "mail.invitation.body":
    "{inviter} invites you to join {association} on Quote-part, the tool that follows shared IT maintenance, as {as}.\n\nTo create your account (or link your existing one), open this link:\n\n{link}\n\nThe link is valid for 7 days and works only once.\nIf you were not expecting this invitation, you can ignore this message.\n\n— Quote-part",
  "mail.invitation.role.admin": "a board member (administration)",
  "mail.invitation.role.treasurer": "treasurer",
  "mail.invitation.role.technician": "technician",
  "mail.invitation.role.member": "a contact of a member organisation",
  "mail.invitation.roleFor": "{role} for {member}",
  "mail.closed.subject": "Intervention finished: {title}",
  "mail.closed.body":
    "{technician} finished the intervention “{title}” of {date}.\n\n{summary}\n\nThe intervention report, the time spent and the time counted against your shares: {link}\n\n{association}",
  "mail.ics.remote": "Remote",
  "mail.ics.onSite": "On site",
  "mail.report.subject": "Intervention report of {date} — {title}",
  "mail.report.body":
    "Please find attached the report of the intervention “{title}” of {date}, signed by {signer}.\n\nTime spent: {raw}; time counted against your shares: {accounted}.\n\n{association}",
  "mail.alert.allotted": "Time allotted: {duration}",
  "mail.alert.consumed": "Time used: {duration}",
  "mail.alert.remaining": "Time left: {duration}",
  "mail.alert.periodEnd":
    "The period {period} ends on {end}. Remember to schedule the interventions you need: beyond the allowed carry-over, unused time will be lost.",
  "mail.alert.exhausted":
    "{member} has used all the technician time planned for the period {period}. Further time will be counted as overrun.",
  "mail.alert.threshold": "{member} has used {percent}% of the technician time planned for the period {period}.",
  "mail.alert.periodEndSubject": "{member}: the period {period} ends soon",
  "mail.alert.thresholdSubject": "{member}: {percent}% of your time used",
  "mail.alert.balanceLink": "Your balance in detail: {link}",
  "mail.paymentFailed.treasurerSubject": "Online payment failed: invoice {number}",
  "mail.paymentFailed.treasurerBody":
    "The SEPA direct debit of {amount} for invoice {number} failed.{reason}\n\nThe invoice is due again; the member organisation has been told.\n\n{link}\n",
  "mail.paymentFailed.memberSubject": "Your payment of invoice {number} did not go through",
  "mail.paymentFailed.memberBody":
    "The direct debit of {amount} for invoice {number} did not go through.{reason}\n\nThe invoice is still due: you can pay online or by bank transfer from your member area:\n{link}",
  "mail.paymentFailed.reason": " Reason given by the bank: {reason}.",
  "mail.invoice.subject": "Invoice {number} — {seller}",
  "mail.invoice.creditNoteSubject": "Credit note {number} — {seller}",
  "mail.invoice.body":
    "Please find attached invoice {number} of {date}, for an amount of {amount}, to be paid by {due} at the latest.\n\nPayment by bank transfer: IBAN {iban}{bic}, quoting the number {number}.",
  "mail.invoice.bic": ", BIC {bic}",
  "mail.invoice.payOnline": "Pay online (card or SEPA direct debit): {link}",
  "mail.invoice.creditNoteBody":
    "Please find attached credit note {number} of {date}, for an amount of {amount}, which corrects invoice {corrected}.",
  "mail.reminder.subjectOne": "Reminder: invoice {number}, {amount} still to pay",
  "mail.reminder.subjectMany": "Reminder: {count} invoices, {amount} still to pay",
  "mail.reminder.intro":
    "Unless we are mistaken, {count, plural, one {the following invoice is} other {the following invoices are}} still to be paid:",
  "mail.reminder.line": "- invoice {number} of {date}{due}: {amount} still due{partly}",
  "mail.reminder.lineDue": ", due on {date}",
  "mail.reminder.linePartly": " (out of a total of {total}, already partly paid)",
  "mail.reminder.total":
    "Total still due: {amount}. {count, plural, one {You will find it attached.} other {You will find them attached.}}",
  "mail.reminder.bank": "You can pay by bank transfer to the account {iban}{bic}, quoting the reference {reference}.",
  "mail.reminder.bic": " (BIC {bic})",
  "mail.reminder.online": "You can also pay online (card or SEPA direct debit): {link}",
  "mail.reminder.alreadyPaid": "If the payment has already been sent, please disregard this message.",
};
