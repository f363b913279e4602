// Invoices to public bodies go to Chorus Pro (docs/decisions/018-…), through the outbox, exactly once:
// the transmission row and the job are written in the issuing transaction, and the job asks Chorus Pro for
// the invoice number before depositing, so a retry after a lost answer never deposits twice. Statuses are
// followed by a periodic search of the supplier's invoices; each (invoice, status) is recorded once.
import { einvoicingScopeDecision } from "~/domain/invoicing/einvoicing-scope";
import { issuedInvoicePdf } from "~/domain/invoicing/invoice-document.server";
import { db, type Tx } from "~/utils/db.server";
import { enqueueJob, registerOutboxHandler } from "~/utils/outbox.server";
import { openSecret } from "~/utils/secret-box.server";
import { depositFacturX, findSupplierInvoices, type ChorusConnection } from "./chorus-client.server";
import { lifecycleCodeOfChorus } from "./chorus-status";
import { appendStatuses, enqueueStatusSearches, type StatusRow } from "./status-log.server";

export const CHORUS_SEND_JOB = "einvoice-chorus-send";
export const CHORUS_POLL_JOB = "einvoice-chorus-poll";
export const CHORUS_SECRET_PURPOSE = "chorus-client-secret";
export const CHORUS_PASSWORD_PURPOSE = "chorus-account-password";

type Payload = { associationId: string; invoiceId: string };

/** Inside the issuing transaction: a public body's document, in scope, with Chorus Pro configured. */
export async function enqueueChorusTransmission(
  tx: Tx,
  associationId: string,
  invoice: { id: string; buyerKind: string },
): Promise<boolean> {
  if (invoice.buyerKind !== "PUBLIC_BODY") return false;
  const association = await tx.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { vatRegime: true, einvoicingScope: true, chorusBaseUrl: true },
  });
  if (
    !einvoicingScopeDecision(association.vatRegime, association.einvoicingScope).inScope ||
    association.chorusBaseUrl.trim() === ""
  )
    return false;
  await tx.eInvoiceTransmission.create({
    data: { associationId, invoiceId: invoice.id, trackingId: invoice.id, channel: "CHORUS_PRO" },
  });
  return enqueueJob(
    tx,
    CHORUS_SEND_JOB,
    { associationId, invoiceId: invoice.id },
    { associationId, dedupeKey: `${CHORUS_SEND_JOB}:${invoice.id}` },
  );
}

export async function chorusConnectionOf(associationId: string): Promise<ChorusConnection> {
  const association = await db().association.findUniqueOrThrow({ where: { id: associationId } });
  if (!association.chorusBaseUrl || !association.chorusClientSecretSealed || !association.chorusAccountPasswordSealed)
    throw new Error("Chorus Pro non configuré.");
  return {
    baseUrl: association.chorusBaseUrl,
    tokenUrl: association.chorusTokenUrl || `${association.chorusBaseUrl.replace(/\/+$/, "")}/api/oauth/token`,
    clientId: association.chorusClientId,
    clientSecret: openSecret(association.chorusClientSecretSealed, CHORUS_SECRET_PURPOSE),
    login: association.chorusAccountLogin,
    password: openSecret(association.chorusAccountPasswordSealed, CHORUS_PASSWORD_PURPOSE),
  };
}

export async function sendToChorus({ associationId, invoiceId }: Payload): Promise<void> {
  const transmission = await db().eInvoiceTransmission.findFirst({
    where: { invoiceId, associationId, channel: "CHORUS_PRO" },
  });
  if (!transmission || transmission.flowId) return;
  try {
    const connection = await chorusConnectionOf(associationId);
    const { pdf, number } = await issuedInvoicePdf({ associationId }, invoiceId);
    const known = (await findSupplierInvoices(connection, number))[0];
    const deposit = known
      ? { numeroFluxDepot: String(known.identifiantFactureCPP), dateDepot: known.dateDepot ?? new Date().toISOString() }
      : await depositFacturX(connection, { name: `${number}.pdf`, pdf });
    const submittedAt = new Date(deposit.dateDepot);
    await db().$transaction(async (tx) => {
      await tx.eInvoiceTransmission.update({
        where: { id: transmission.id },
        data: { flowId: deposit.numeroFluxDepot, submittedAt, lastError: "" },
      });
      await appendStatuses(tx, [
        {
          associationId,
          invoiceId,
          channel: "CHORUS_PRO",
          code: "200",
          occurredAt: submittedAt,
          source: "SENT",
          sourceKey: `chorus:deposit:${invoiceId}`,
        },
      ]);
    });
  } catch (error) {
    await db().eInvoiceTransmission.update({
      where: { id: transmission.id },
      data: { lastError: String((error as Error).message).slice(0, 1000) },
    });
    throw error;
  }
}

/** Asks Chorus Pro where each of our invoices stands; a status already recorded is not recorded again. */
export async function pollChorusStatuses(associationId: string): Promise<number> {
  const connection = await chorusConnectionOf(associationId);
  const ours = await db().invoice.findMany({
    where: { associationId, einvoiceTransmission: { channel: "CHORUS_PRO" } },
    select: { id: true, number: true },
  });
  const idOf = new Map(ours.map((invoice) => [invoice.number, invoice.id]));
  const rows = (await findSupplierInvoices(connection)).flatMap((found): StatusRow[] => {
    const invoiceId = idOf.get(found.numeroFacture);
    if (!invoiceId) return [];
    const occurredAt = new Date(found.dateHeureEtatCourant ?? Date.now());
    return [
      {
        associationId,
        invoiceId,
        channel: "CHORUS_PRO",
        code: lifecycleCodeOfChorus(found.statut),
        occurredAt: Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt,
        reasonText: (found.motif ?? "").slice(0, 2000),
        source: "POLL",
        sourceKey: `chorus:${found.identifiantFactureCPP}:${found.statut}`,
      },
    ];
  });
  return appendStatuses(db(), rows);
}

/** The periodic task: one Chorus Pro search per association that has it configured, per interval. */
export async function enqueueChorusStatusSearches(now = new Date()): Promise<number> {
  return enqueueStatusSearches(
    CHORUS_POLL_JOB,
    { chorusBaseUrl: { not: "" }, chorusClientSecretSealed: { not: null } },
    now,
  );
}

registerOutboxHandler(CHORUS_SEND_JOB, (raw) => sendToChorus(raw as unknown as Payload));
registerOutboxHandler(
  CHORUS_POLL_JOB,
  async (raw) => void (await pollChorusStatuses((raw as unknown as { associationId: string }).associationId)),
);
