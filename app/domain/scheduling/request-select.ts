// The request's own fields, as both of its pages read them (the member's detail and the staff's
// planning page): one select, so that a field added to a request shows on both.
import type { Prisma } from "~/generated/prisma/client.ts";

export const requestFieldsSelect = {
  id: true,
  subject: true,
  details: true,
  urgency: true,
  mode: true,
  siteAddress: true,
  preferredSlots: true,
  expectedMinutes: true,
  status: true,
  createdAt: true,
  chosenStartsAt: true,
} as const satisfies Prisma.InterventionRequestSelect;

/** The intervention a request became, as both pages list it: when, in which state, with whom. */
export const requestInterventionSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  technician: { select: { displayName: true } },
} as const satisfies Prisma.InterventionSelect;
