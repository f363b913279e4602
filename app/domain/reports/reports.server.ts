// The intervention report: written by the technician, signed on the phone by the member's
// representative, then frozen. Signing emails the PDF to the member's contacts once.
import { recordAudit } from "~/utils/audit.server";
import type { CurrentUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { formatLocalDate } from "~/utils/format-instants";
import { translate } from "~/utils/i18n";
import { localeOf } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { signedReportRecipients } from "./report-recipients.server";
import { notFound } from "~/utils/scope.server";
import { isoOf } from "~/domain/calendar/date-columns";

import { renderReportPdf } from "./report-pdf";
import type { ReportInput } from "./report.schema";

import { transition } from "../scheduling/lifecycle";
import { closeVisit, stateOf } from "../scheduling/lifecycle.server";
import { DomainError } from "~/domain/domain-error";

import { snapshotHash, snapshotOf, type ReportSnapshot } from "./report-snapshot";
import { decodeSignature, type SignatureError } from "./signature-png";
import { loadIntervention, pdfViewOf, reportViewOf, type Scope } from "./report-view.server";

/** Why a report cannot be saved or signed: reports.refusal.<code>. */
function reportRefusal(code: "SIGNED" | "NOT_DONE" | SignatureError) {
  return new DomainError({ code, status: 409, key: `reports.refusal.${code}` });
}

/** The report page: the intervention, its time, and the report so far. Staff of the association. */
export async function reportPageData(user: CurrentUser, interventionId: string) {
  const intervention = await loadIntervention(db(), { associationId: user.associationId }, interventionId);
  if (!intervention) notFound();
  const { report } = intervention;
  const view = reportViewOf(intervention);
  const snapshot = report?.snapshot ? (report.snapshot as unknown as ReportSnapshot) : null;
  return {
    intervention: {
      id: intervention.id,
      title: intervention.title,
      localDate: isoOf(intervention.localDate),
      memberName: intervention.member?.name ?? null,
      siteAddress: intervention.siteAddress,
      state: stateOf(intervention, report),
    },
    rawMinutes: snapshot?.rawMinutes ?? view.entries.reduce((sum, entry) => sum + entry.rawMinutes, 0),
    accountedMinutes:
      snapshot?.accountedMinutes ?? view.entries.reduce((sum, entry) => sum + entry.accountedMinutes, 0),
    explanation: snapshot?.totals.explanationText ?? view.totals.explanationText,
    entries: (snapshot ?? view).entries.map((entry) => ({
      dateText: entry.dateText,
      kindText: entry.kindText,
      startText: entry.startText,
      endText: entry.endText,
      rawText: entry.rawText,
      accountedText: entry.accountedText,
    })),
    fingerprint: report?.snapshotHash ?? null,
    report: report
      ? {
          workDone: report.workDone,
          remainingWork: report.remainingWork,
          equipment: report.equipment,
          signerName: report.signerName,
          signedAt: report.signedAt?.toISOString() ?? null,
        }
      : null,
  };
}

/**
 * Saves the report; "close" also closes the visit (IN_PROGRESS → DONE, the work done is the
 * summary the member receives); "sign" needs a closed visit and freezes it (DONE → SIGNED) with
 * its snapshot. A signed report is never changed again.
 */
export async function saveReport(
  user: CurrentUser,
  interventionId: string,
  input: ReportInput,
  now = new Date(),
): Promise<{ signed: boolean; closed: boolean }> {
  const signature = input.intent === "sign" ? decodeSignature(input.signature ?? "") : null;
  return db().$transaction(async (tx) => {
    // Serialises writers of this intervention's report: a second signature waits, then sees the first.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Intervention" WHERE id = ${interventionId} AND "associationId" = ${user.associationId} FOR UPDATE`;
    if (!locked[0]) notFound();
    const existing = await tx.interventionReport.findUnique({ where: { interventionId } });
    if (existing?.signedAt) throw reportRefusal("SIGNED");
    if (signature && !signature.ok) throw reportRefusal(signature.error);
    const fields = {
      workDone: input.workDone,
      remainingWork: input.remainingWork ?? "",
      equipment: input.equipment ?? "",
    };
    if (input.intent === "close") await closeVisit(tx, user, interventionId, input.workDone, now);
    const saved = existing
      ? await tx.interventionReport.update({ where: { id: existing.id }, data: fields })
      : await tx.interventionReport.create({
          data: { associationId: user.associationId, interventionId, createdById: user.id, ...fields },
        });
    const report = signature?.ok
      ? await signReport(tx, user.associationId, interventionId, saved.id, input.signerName!, signature.png, now)
      : saved;
    await recordAudit(tx, user, {
      action: signature?.ok ? "report.sign" : "report.save",
      entityType: "InterventionReport",
      entityId: report.id,
      before: existing
        ? {
            ...fields,
            workDone: existing.workDone,
            remainingWork: existing.remainingWork,
            equipment: existing.equipment,
          }
        : undefined,
      after: { ...fields, signerName: report.signerName, signedAt: report.signedAt?.toISOString() ?? null },
    });
    if (report.signedAt) await emailSignedReport(tx, user.associationId, interventionId);
    return { signed: Boolean(report.signedAt), closed: input.intent === "close" };
  });
}

/** DONE → SIGNED: the report, the entries and their minutes are frozen into the snapshot. */
async function signReport(
  tx: Tx,
  associationId: string,
  interventionId: string,
  reportId: string,
  signerName: string,
  png: Buffer,
  now: Date,
) {
  const intervention = await loadIntervention(tx, { associationId }, interventionId);
  if (!intervention) notFound();
  if (!transition(stateOf(intervention, intervention.report), "sign").ok) throw reportRefusal("NOT_DONE");
  const signedAtText = `le ${new Intl.DateTimeFormat("fr-FR", { dateStyle: "full", timeStyle: "short", timeZone: intervention.association.timeZone }).format(now)}`;
  const snapshot = snapshotOf(reportViewOf(intervention), now, png, signerName, signedAtText);
  await tx.intervention.update({ where: { id: interventionId }, data: { status: "SIGNED" } });
  return tx.interventionReport.update({
    where: { id: reportId },
    data: {
      signerName,
      signaturePng: new Uint8Array(png),
      signedAt: now,
      snapshot: snapshot as unknown as object,
      snapshotHash: snapshotHash(snapshot),
    },
  });
}

async function emailSignedReport(tx: Tx, associationId: string, interventionId: string) {
  const intervention = await loadIntervention(tx, { associationId }, interventionId);
  if (!intervention?.member) return;
  const recipients = await signedReportRecipients(tx, associationId, interventionId);
  if (recipients.length === 0) return;
  const view = pdfViewOf(intervention);
  const pdf = await renderReportPdf(view);
  // The recipients are the organisation's addresses and contacts: the association's language.
  const { defaultLocale } = await tx.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { defaultLocale: true },
  });
  const locale = localeOf(defaultLocale);
  const values = {
    title: intervention.title,
    date: formatLocalDate(intervention.localDate, locale, "UTC"),
    signer: view.signature?.signerName ?? "",
    raw: view.totals.rawText,
    accounted: view.totals.accountedText,
    association: intervention.association.name,
  };
  await enqueueEmail(
    tx,
    {
      to: recipients,
      subject: translate(locale, "mail.report.subject", values),
      text: `${translate(locale, "mail.hello")}\n\n${translate(locale, "mail.report.body", values)}`,
      attachments: [
        {
          filename: reportFileName(intervention.localDate),
          contentType: "application/pdf",
          contentBase64: pdf.toString("base64"),
        },
      ],
    },
    { associationId, dedupeKey: `report:${interventionId}` },
  );
}

export function reportFileName(localDate: Date) {
  return `fiche-intervention-${isoOf(localDate)}.pdf`;
}

/**
 * The PDF, within the scope: staff see any report of their association; a member only its own
 * organisation's signed reports. Anything else is a 404.
 */
export async function reportPdf(scope: Scope, interventionId: string, options: { signedOnly: boolean }) {
  const intervention = await loadIntervention(db(), scope, interventionId);
  if (!intervention?.report || (options.signedOnly && !intervention.report.signedAt)) notFound();
  return { pdf: await renderReportPdf(pdfViewOf(intervention)), fileName: reportFileName(intervention.localDate) };
}
