// Sending issued documents to the association's plateforme agréée, through the outbox. Exactly once per
// document: the EInvoiceTransmission row (unique per invoice) and the outbox dedupe key are written in the
// issuing transaction; the job searches the PA for the document's trackingId before posting, so a retry
// after a lost response finds the flow instead of sending it again. Failures retry with the outbox backoff.
// Public bodies are not sent here: their invoices go to Chorus Pro (docs/decisions/010-…).

import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client.ts";
import { buyerKindOf, processingTreatment } from "~/domain/invoicing/einvoicing-france";
import { einvoicingScopeDecision } from "~/domain/invoicing/einvoicing-scope";
import { issuedInvoicePdf } from "~/domain/invoicing/invoice-document.server";
import { db, type Tx } from "~/utils/db.server";
import { enqueueJob, registerOutboxHandler } from "~/utils/outbox.server";
import { openSecret } from "~/utils/secret-box.server";
import { findFlowByTrackingId, submitFlow, type FlowInfo, type PaConnection } from "./pa-client.server";
import { appendStatuses } from "./status-log.server";

export const PA_SEND_JOB = "einvoice-pa-send";
export const PA_CLIENT_SECRET_PURPOSE = "pa-client-secret";

type PaSendPayload = { associationId: string; invoiceId: string };

type AssociationPaSettings = {
  id: string;
  vatRegime: Parameters<typeof einvoicingScopeDecision>[0];
  einvoicingScope: Parameters<typeof einvoicingScopeDecision>[1];
  paBaseUrl: string;
};

/** True when issued documents of this association go to a PA: in scope, and a PA is configured. */
export function sendsToPa(association: AssociationPaSettings): boolean {
  return (
    einvoicingScopeDecision(association.vatRegime, association.einvoicingScope).inScope &&
    association.paBaseUrl.trim() !== ""
  );
}

/** Called inside the issuing transaction; false when the document does not go to the PA. */
export async function enqueuePaTransmission(
  tx: Tx,
  association: AssociationPaSettings,
  invoice: { id: string; buyerKind: string },
): Promise<boolean> {
  if (!sendsToPa(association) || invoice.buyerKind === "PUBLIC_BODY") return false;
  await tx.eInvoiceTransmission.create({
    data: { associationId: association.id, invoiceId: invoice.id, trackingId: invoice.id },
  });
  return enqueueJob(
    tx,
    PA_SEND_JOB,
    {
      associationId: association.id,
      invoiceId: invoice.id,
    } satisfies PaSendPayload as unknown as Prisma.InputJsonValue,
    {
      associationId: association.id,
      dedupeKey: `${PA_SEND_JOB}:${invoice.id}`,
    },
  );
}

export async function paConnectionOf(associationId: string): Promise<PaConnection> {
  const association = await db().association.findUniqueOrThrow({
    where: { id: associationId },
    select: { paBaseUrl: true, paTokenUrl: true, paClientId: true, paClientSecretSealed: true },
  });
  if (!association.paBaseUrl || !association.paClientSecretSealed) throw new Error("Plateforme agréée non configurée.");
  return {
    baseUrl: association.paBaseUrl,
    tokenUrl: association.paTokenUrl || `${association.paBaseUrl.replace(/\/+$/, "")}/oauth/token`,
    clientId: association.paClientId,
    clientSecret: openSecret(association.paClientSecretSealed, PA_CLIENT_SECRET_PURPOSE),
  };
}

export async function sendToPa(payload: PaSendPayload): Promise<void> {
  const transmission = await db().eInvoiceTransmission.findFirst({
    where: { invoiceId: payload.invoiceId, associationId: payload.associationId },
  });
  if (!transmission || transmission.flowId) return; // already sent: nothing twice
  try {
    const connection = await paConnectionOf(payload.associationId);
    let flowId = await findFlowByTrackingId(connection, transmission.trackingId);
    let submittedAt = new Date();
    if (!flowId) {
      const { pdf, number, view } = await issuedInvoicePdf({ associationId: payload.associationId }, payload.invoiceId);
      const flowInfo: FlowInfo = {
        trackingId: transmission.trackingId,
        name: `${number}.pdf`,
        processingRule: processingTreatment(buyerKindOf(view)),
        flowSyntax: "Factur-X",
        flowProfile: "CIUS",
        sha256: crypto.createHash("sha256").update(pdf).digest("hex"),
      };
      const submitted = await submitFlow(connection, flowInfo, pdf);
      flowId = submitted.flowId;
      submittedAt = new Date(submitted.submittedAt);
    }
    await db().$transaction(async (tx) => {
      await tx.eInvoiceTransmission.update({
        where: { id: transmission.id },
        data: { flowId, submittedAt, lastError: "" },
      });
      // The PA took the document: its lifecycle starts with "Déposée" (200), stamped with the PA's own time.
      await appendStatuses(tx, [
        {
          associationId: payload.associationId,
          invoiceId: payload.invoiceId,
          channel: "PA",
          code: "200",
          occurredAt: submittedAt,
          source: "SENT",
          sourceKey: `deposit:${flowId}`,
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

registerOutboxHandler(PA_SEND_JOB, (raw) => sendToPa(raw as unknown as PaSendPayload));
