// The demo association, in one place: `npm start` seeds it on first start, and the tests'
// factories call seedAssociation() to build their fixtures (two associations, two members…).
import type { Member, PrismaClient } from "../app/generated/prisma/client.ts";
import { hashPassword } from "../app/utils/password.server";
import { luhnValid } from "../app/domain/settings/identifiers";
import { zonedLocalTimeToInstant } from "../app/domain/calendar/zoned-time";

import { DEMO_SLUG, demoAccounts, DEMO_PASSWORD } from "../app/domain/accounts/demo-accounts";
import { seedCardPayment } from "./seed-card-payment";
import { seedFinance } from "./seed-finance";
import { seedPreviousPeriod } from "./seed-previous-period";
import { seedDemoInterventions } from "./seed-interventions";
import { GRANT_REASON } from "../app/domain/subscriptions/grant-plan";

export { DEMO_SLUG, demoAccounts, DEMO_PASSWORD };

// 13 shares in all (117 days at 9 days a share): just under the 121.5 days the technician can sell.
const memberOrganisations = [
  { name: "Ressourcerie du Val", city: "Die", isProfessional: false, shareHalves: 2 },
  { name: "Coopérative Les Champs", city: "Crest", isProfessional: true, shareHalves: 3 },
  { name: "Association Lire Ensemble", city: "Saillans", isProfessional: false, shareHalves: 2 },
  { name: "Café associatif La Cordée", city: "Die", isProfessional: false, shareHalves: 2 },
  { name: "SCOP Menuiserie Vercors", city: "Chamaloc", isProfessional: true, shareHalves: 2 },
  { name: "Centre social des Trois Rivières", city: "Crest", isProfessional: false, shareHalves: 2 },
  { name: "Théâtre du Diois", city: "Die", isProfessional: false, shareHalves: 2 },
  { name: "Épicerie solidaire Le Panier", city: "Saillans", isProfessional: false, shareHalves: 2 },
  { name: "Cabinet paysagiste Hautes Terres", city: "Luc-en-Diois", isProfessional: true, shareHalves: 2 },
  { name: "Radio Vallées FM", city: "Crest", isProfessional: false, shareHalves: 2 },
  { name: "Maison de santé de Saillans", city: "Saillans", isProfessional: true, shareHalves: 3 },
  { name: "Compagnie Les Passeurs", city: "Die", isProfessional: false, shareHalves: 2 },
];

export interface SeedOptions {
  slug?: string;
  name?: string;
  /** Accounts are <role>@<emailDomain>; the demo uses demo.quote-part.test. */
  emailDomain?: string;
  /** Local date "YYYY-MM-DD" the demo is built around. */
  today?: string;
  /** Fewer rows for fast test fixtures. */
  memberCount?: number;
}

export interface SeededAssociation {
  associationId: string;
  periodId: string;
  technicianId: string;
  memberIds: string[];
  users: Record<(typeof demoAccounts)[number]["role"] | "member2", { id: string; email: string }>;
}

/** Completes 8 digits with the Luhn check digit, so the demo SIRENs pass the app's validation. */
function validSiren(eightDigits: string) {
  for (let check = 0; check <= 9; check += 1) {
    if (luhnValid(`${eightDigits}${check}`)) return `${eightDigits}${check}`;
  }
  throw new Error("unreachable: one Luhn check digit always exists");
}

const dateOnly = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const addDays = (iso: string, days: number) => {
  const date = dateOnly(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const isoWeekday = (iso: string) => ((dateOnly(iso).getUTCDay() + 6) % 7) + 1;

/** Seeds the demo association once; returns false when it already exists. */
export async function seedDemoIfEmpty(prisma: PrismaClient, today = new Date().toISOString().slice(0, 10)) {
  const existing = await prisma.association.findUnique({ where: { slug: DEMO_SLUG } });
  if (existing) return false;
  const seeded = await seedAssociation(prisma, { today });
  // Interventions first: the finance demo invoices and pays what the year has lived.
  await seedDemoInterventions(prisma, seeded, today);
  // Last year first (closed, its overage invoiced in January): invoice numbers follow the dates.
  await seedPreviousPeriod(prisma, seeded, today);
  await seedFinance(seeded, today);
  // Last: an invoice of today, paid by card in Stripe's test mode when test keys are set.
  await seedCardPayment(prisma, seeded, today);
  return true;
}

export async function seedAssociation(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeededAssociation> {
  const slug = options.slug ?? DEMO_SLUG;
  const domain = options.emailDomain ?? "demo.quote-part.test";
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const year = today.slice(0, 4);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const association = await prisma.association.create({
    data: {
      slug,
      name: options.name ?? "Amie des 7 vallées",
      legalName: `Association ${options.name ?? "Amie des 7 vallées"}`,
      siret: "89012345600018",
      addressLine1: "12 rue de la Poste",
      postalCode: "26150",
      city: "Die",
      email: `contact@${domain}`,
      phone: "04 75 00 00 00",
      iban: "FR7630006000011234567890189",
      bic: "AGRIFRPPXXX",
    },
  });
  const associationId = association.id;

  const period = await prisma.period.create({
    data: { associationId, label: year, startDate: dateOnly(`${year}-01-01`), endDate: dateOnly(`${year}-12-31`) },
  });

  const organisations = memberOrganisations.slice(0, options.memberCount ?? memberOrganisations.length);
  const members: Member[] = [];
  for (const [index, organisation] of organisations.entries()) {
    members.push(
      await prisma.member.create({
        data: {
          associationId,
          name: organisation.name,
          siren: organisation.isProfessional ? validSiren(`8${String(1000000 + index * 7919).slice(0, 7)}`) : null,
          addressLine1: `${index + 3} place de la Mairie`,
          postalCode: "26150",
          city: organisation.city,
          billingEmail: `compta${index + 1}@${domain}`,
          phone: `04 75 21 ${String(10 + index).padStart(2, "0")} 00`,
          isProfessional: organisation.isProfessional,
          contacts: {
            create: {
              associationId,
              name: `Contact ${organisation.name}`,
              email: `contact${index + 1}@${domain}`,
              receivesInvoices: true,
            },
          },
        },
      }),
    );
  }

  async function user(
    localPart: string,
    name: string,
    role: "admin" | "treasurer" | "technician" | "member",
    memberId?: string,
  ) {
    const email = `${localPart}@${domain}`;
    const created = await prisma.user.create({
      data: {
        email,
        name,
        passwordHash,
        memberships: { create: { associationId, role, memberId, isMemberAdmin: role === "member" } },
      },
    });
    return { id: created.id, email };
  }

  const users = {
    admin: await user("admin", "Claire Bureau", "admin"),
    treasurer: await user("tresorier", "Paul Trésor", "treasurer"),
    technician: await user("technicien", "Léa Technicienne", "technician"),
    member: await user("membre", "Nadia Ressourcerie", "member", members[0].id),
    member2: await user("membre2", "Hugo Champs", "member", members[1].id),
  };

  // One technician at 3/5: Monday to Wednesday, full days.
  const technician = await prisma.technician.create({
    data: {
      associationId,
      userId: users.technician.id,
      displayName: "Léa Technicienne",
      phone: "06 12 34 56 78",
      employmentPercent: 60,
      contractStart: dateOnly(`${Number(year) - 1}-09-01`),
      patternDays: { create: [1, 2, 3].map((weekday) => ({ associationId, weekday })) },
    },
  });

  const minutesPerShareHalf = (association.daysPerShare * association.minutesPerDay) / 2;
  for (const [index, member] of members.entries()) {
    const shareHalves = organisations[index].shareHalves;
    const subscription = await prisma.subscription.create({
      data: {
        associationId,
        memberId: member.id,
        periodId: period.id,
        shareHalves,
        priceCents: (association.sharePriceCents * shareHalves) / 2,
        billingSchedule: index % 3 === 0 ? "QUARTERLY" : "ANNUAL",
        startDate: period.startDate,
        endDate: period.endDate,
      },
    });
    await prisma.ledgerMovement.create({
      data: {
        associationId,
        subscriptionId: subscription.id,
        memberId: member.id,
        periodId: period.id,
        kind: "GRANT",
        minutes: shareHalves * minutesPerShareHalf,
        occurredOn: period.startDate,
        reason: GRANT_REASON,
        idempotencyKey: `grant:${subscription.id}`,
      },
    });
  }

  // A few past interventions (done, with time logged) and future ones (planned), on working days.
  const workingDays = (from: string, step: 1 | -1, count: number) => {
    const days: string[] = [];
    for (let day = from; days.length < count; day = addDays(day, step)) {
      if (isoWeekday(day) <= 3 && !day.endsWith("-12-25") && !day.endsWith("-11-11") && !day.endsWith("-01-01"))
        days.push(day);
    }
    return days;
  };
  const pastDays = workingDays(addDays(today, -1), -1, 6);
  const futureDays = workingDays(addDays(today, 1), 1, 4);
  const subscriptions = await prisma.subscription.findMany({ where: { associationId } });
  const subscriptionOf = new Map(subscriptions.map((subscription) => [subscription.memberId, subscription]));
  const plan = [
    ...pastDays.map((day, index) => ({ day, member: members[index % members.length], done: true, index })),
    ...futureDays.map((day, index) => ({ day, member: members[(index + 1) % members.length], done: false, index })),
  ];
  for (const { day, member, done, index } of plan) {
    // A morning visit, 09:00–12:00 in the association's zone, whatever the season.
    const startsAt = zonedLocalTimeToInstant(day, "09:00", association.timeZone);
    const endsAt = zonedLocalTimeToInstant(day, "12:00", association.timeZone);
    const intervention = await prisma.intervention.create({
      data: {
        associationId,
        memberId: member.id,
        technicianId: technician.id,
        title: done
          ? ["Sauvegardes et mises à jour", "Remplacement d'un disque", "Configuration du Wi-Fi"][index % 3]
          : "Visite de maintenance",
        mode: "ON_SITE",
        siteAddress: `${member.addressLine1}, ${member.postalCode} ${member.city}`,
        localDate: dateOnly(day),
        startsAt,
        endsAt,
        portion: "MORNING",
        plannedMinutes: 180,
        status: done ? "DONE" : "PLANNED",
      },
    });
    if (!done) continue;
    const rawMinutes = 150 + index * 7;
    const accountedMinutes = Math.max(60, Math.ceil(rawMinutes / 30) * 30);
    const entry = await prisma.timeEntry.create({
      data: {
        associationId,
        technicianId: technician.id,
        interventionId: intervention.id,
        memberId: member.id,
        clientId: `seed-${slug}-${day}`,
        kind: "ON_SITE",
        startedAt: startsAt,
        endedAt: new Date(startsAt.getTime() + rawMinutes * 60_000),
        localDate: dateOnly(day),
        rawMinutes,
        accountedMinutes,
        notes: "Intervention réalisée, rien à signaler.",
      },
    });
    const subscription = subscriptionOf.get(member.id)!;
    await prisma.ledgerMovement.create({
      data: {
        associationId,
        subscriptionId: subscription.id,
        memberId: member.id,
        periodId: period.id,
        kind: "CONSUMPTION",
        minutes: -accountedMinutes,
        occurredOn: dateOnly(day),
        interventionId: intervention.id,
        timeEntryId: entry.id,
        idempotencyKey: `time:${entry.id}`,
      },
    });
  }

  return {
    associationId,
    periodId: period.id,
    technicianId: technician.id,
    memberIds: members.map((member) => member.id),
    users,
  };
}
