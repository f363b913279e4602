// What a treasurer does about a rejected or refused invoice: read the reason, issue the credit note
// (the existing credit-note page), then prepare the corrected invoice (a POST, never a GET).
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import type { LifecycleView } from "~/domain/einvoicing/invoice-lifecycle.server";
import { SubmitButton } from "~/components/ui/submit-button";

export function RejectionGuidance({ invoiceId, lifecycle }: { invoiceId: string; lifecycle: LifecycleView }) {
  const { t } = useTranslation();
  const rejection = lifecycle.rejection;
  if (!rejection) return null;
  const reason = rejection.reasonText || rejection.reasonCode;
  return (
    <section className="card rejection-guidance" aria-labelledby="rejection-heading" role="region">
      <h2 id="rejection-heading">{t("einvoicing.rejection.title")}</h2>
      <p>
        <strong>
          {t(rejection.code === "210" ? "einvoicing.rejection.refused" : "einvoicing.rejection.rejected")}
        </strong>
      </p>
      <p>
        {reason
          ? t("einvoicing.lifecycle.reason", {
              reason:
                rejection.reasonCode && rejection.reasonText
                  ? `${rejection.reasonText} (${rejection.reasonCode})`
                  : reason,
            })
          : t("einvoicing.rejection.noReason")}
      </p>
      <p>{t("einvoicing.rejection.explain")}</p>
      <div className="invoice-actions">
        {lifecycle.creditedInFull ? (
          <p>{t("einvoicing.rejection.step1.done")}</p>
        ) : (
          <Link to={`/factures/${invoiceId}/avoir`} className="button">
            {t("einvoicing.rejection.step1")}
          </Link>
        )}
        {lifecycle.correction ? (
          <Link to={`/factures/${lifecycle.correction.id}`} className="button button-secondary">
            {t("einvoicing.rejection.open")}
            {lifecycle.correction.number ? ` ${lifecycle.correction.number}` : ""}
          </Link>
        ) : (
          <Form method="post">
            <SubmitButton
              name="intent"
              value="correct"
              className={lifecycle.creditedInFull ? "button" : "button button-secondary"}
              disabled={!lifecycle.creditedInFull}
              aria-describedby="correction-hint"
            >
              {t("einvoicing.rejection.step2")}
            </SubmitButton>
          </Form>
        )}
      </div>
      <p id="correction-hint" className="muted">
        {t("einvoicing.rejection.step2.hint")}
      </p>
    </section>
  );
}
