// English: Messages of each role's home page.
// Typed against the French file, so no key can be missing or extra.
import type { messages as fr } from "./home.fr";

export const messages: Record<keyof typeof fr, string> = {
  "home.period": "Period {label}",
  "home.noPeriod": "No period is open yet.",
  "home.activeMembers": "active member organisations",
  "home.technicians": "technicians",
  "home.sharesSold": "shares subscribed",
  "home.daysSold": "days sold",
  "home.upcoming": "upcoming interventions",
  "home.pendingInvitations": "pending invitations",
  "home.subscriptionsTotal": "subscriptions total",
  "home.draftInvoices": "draft invoices",
  "home.issuedInvoices": "issued invoices",
  "home.bySchedule": "Subscriptions by billing schedule",
  "home.schedule.ANNUAL": "annual",
  "home.schedule.QUARTERLY": "quarterly",
  "home.schedule.MONTHLY": "monthly",
  "home.subscriptionsCount": "{count, plural, one {# subscription} other {# subscriptions}}",
  "home.nextInterventions": "My next interventions",
  "home.noInterventions": "No intervention planned.",
  "home.notTechnician": "Your account is not linked to a technician record: ask the board to create it.",
  "home.balance": "Your time balance",
  "home.allotted": "allotted",
  "home.consumed": "used",
  "home.remaining": "left",
  "home.used": "{percent}% used",
  "home.memberUpcoming": "Your next interventions",
  "home.welcome": "Hello {name}",
};
