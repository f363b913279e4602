// The report's content read from the database: the intervention with its member, time and report,
// and the view the page and the PDF show (live, or the signed snapshot once signed).

import { type Tx } from "~/utils/db.server";

import { localMinutesOfDay } from "../calendar/zoned-time";
import { minutesToLocalTime } from "../time/work-day";
import { type ReportPdfView } from "./report-pdf";

import { formatMinutes } from "~/utils/format-durations";

import { explainAccounting } from "../time/accounting-explanation";
import { rulesSelect } from "../time/time-ledger.server";
import { accountVisit } from "../time/visit-accounting";
import { timeAccountingRulesOf } from "../time/accounted-minutes";
import { viewOfSnapshot, type ReportSnapshot } from "./report-snapshot";

export type Scope = { associationId: string; memberId?: string };

const KIND_TEXT = { ON_SITE: "Sur place", REMOTE: "À distance", TRAVEL: "Déplacement", POOLED: "Mutualisé" } as const;

const frenchDate = (date: Date) =>
  new Intl.DateTimeFormat("fr-FR", { dateStyle: "full", timeZone: "UTC" }).format(date);
const shortDate = (date: Date) =>
  new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "UTC" }).format(date);

export async function loadIntervention(client: Tx, scope: Scope, interventionId: string) {
  const intervention = await client.intervention.findFirst({
    where: { id: interventionId, ...scope },
    select: {
      id: true,
      title: true,
      localDate: true,
      startsAt: true,
      endsAt: true,
      status: true,
      siteAddress: true,
      memberId: true,
      member: {
        select: {
          name: true,
          addressLine1: true,
          addressLine2: true,
          postalCode: true,
          city: true,
          contacts: { select: { email: true } },
          billingEmail: true,
        },
      },
      technician: { select: { displayName: true } },
      report: true,
      timeEntries: {
        where: { deletedAt: null },
        orderBy: [{ localDate: "asc" }, { startedAt: "asc" }],
        select: {
          id: true,
          kind: true,
          localDate: true,
          startedAt: true,
          endedAt: true,
          rawMinutes: true,
          accountedMinutes: true,
        },
      },
    },
  });
  if (!intervention) return null;
  const association = await client.association.findUniqueOrThrow({
    where: { id: scope.associationId },
    select: {
      name: true,
      legalName: true,
      addressLine1: true,
      addressLine2: true,
      postalCode: true,
      city: true,
      siret: true,
      email: true,
      phone: true,
      timeZone: true,
      ...rulesSelect,
    },
  });
  return { ...intervention, association };
}

export type LoadedIntervention = NonNullable<Awaited<ReturnType<typeof loadIntervention>>>;

/** The live view (what would be signed now). A signed report is drawn from its snapshot instead. */
export function reportViewOf(intervention: LoadedIntervention) {
  const { association, member, report } = intervention;
  const zone = association.timeZone;
  const time = (instant: Date | null) => (instant ? minutesToLocalTime(localMinutesOfDay(instant, zone)) : "—");
  const entries = intervention.timeEntries.filter((entry) => !entry.startedAt || entry.endedAt);
  const account = accountVisit(entries, timeAccountingRulesOf(association));
  const place = (line1: string, line2: string, postalCode: string, city: string) =>
    [line1, line2, `${postalCode} ${city}`.trim()].filter((line) => line.trim());
  return {
    association: {
      name: association.name,
      lines: [
        ...(association.legalName && association.legalName !== association.name ? [association.legalName] : []),
        ...place(association.addressLine1, association.addressLine2, association.postalCode, association.city),
        ...(association.siret ? [`SIRET ${association.siret}`] : []),
        [association.email, association.phone].filter(Boolean).join(" · "),
      ].filter(Boolean),
    },
    member: member
      ? { name: member.name, lines: place(member.addressLine1, member.addressLine2, member.postalCode, member.city) }
      : { name: "Travail mutualisé", lines: [] },
    title: intervention.title,
    dateText: frenchDate(intervention.localDate),
    technicianName: intervention.technician.displayName,
    entries: entries.map((entry) => ({
      dateText: shortDate(entry.localDate),
      kindText: KIND_TEXT[entry.kind],
      startText: time(entry.startedAt),
      endText: time(entry.endedAt),
      rawText: formatMinutes(entry.rawMinutes),
      accountedText: formatMinutes(entry.accountedMinutes),
      rawMinutes: entry.rawMinutes,
      accountedMinutes: entry.accountedMinutes,
    })),
    totals: {
      rawText: formatMinutes(entries.reduce((sum, entry) => sum + entry.rawMinutes, 0)),
      accountedText: formatMinutes(entries.reduce((sum, entry) => sum + entry.accountedMinutes, 0)),
      explanationText: entries.length ? explainAccounting(account) : "",
    },
    workDone: report?.workDone ?? "",
    remainingWork: report?.remainingWork ?? "",
    equipment: report?.equipment ?? "",
    signature:
      report?.signedAt && report.signaturePng
        ? {
            signerName: report.signerName ?? "",
            signedAtText: `le ${new Intl.DateTimeFormat("fr-FR", { dateStyle: "full", timeStyle: "short", timeZone: zone }).format(report.signedAt)}`,
            png: Buffer.from(report.signaturePng),
          }
        : null,
  } satisfies ReportPdfView;
}

/** What the PDF shows: the signed snapshot when there is one, else the live view. */
export function pdfViewOf(intervention: LoadedIntervention): ReportPdfView {
  const { report } = intervention;
  if (report?.snapshot && report.snapshotHash)
    return viewOfSnapshot(report.snapshot as unknown as ReportSnapshot, report.snapshotHash);
  return reportViewOf(intervention);
}
