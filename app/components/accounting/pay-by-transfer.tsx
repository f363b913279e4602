// How a member pays without Stripe: the total due, the association's IBAN, the reference to give,
// and the SEPA transfer QR code (EPC069-12) that banking apps scan, drawn as server-rendered SVG.
import { useTranslation } from "~/components/use-translation";
import type { MemberPaymentInfo } from "~/domain/payments/statement.server";
import { formatCents } from "~/utils/format-amounts";

export function PayByTransfer({ payment }: { payment: MemberPaymentInfo }) {
  const { t, locale } = useTranslation();
  const amount = formatCents(payment.totalDueCents, locale);
  return (
    <section className="card pay-transfer" aria-labelledby="pay-title">
      <h2 id="pay-title" style={{ marginTop: 0 }}>
        {t("pay.title")}
      </h2>
      {payment.totalDueCents === 0 ? (
        <p>{t("pay.nothingDue")}</p>
      ) : (
        <div className="pay-transfer-body">
          <div>
            <p className="stat">{t("pay.totalDue", { amount })}</p>
            {payment.iban ? (
              <dl className="pay-transfer-details">
                <dt>{t("pay.beneficiary")}</dt>
                <dd>{payment.beneficiary}</dd>
                <dt>{t("pay.iban")}</dt>
                <dd className="nowrap">{payment.iban}</dd>
                {payment.bic ? (
                  <>
                    <dt>{t("pay.bic")}</dt>
                    <dd>{payment.bic}</dd>
                  </>
                ) : null}
                <dt>{t("pay.reference")}</dt>
                <dd>
                  <strong>{payment.reference}</strong>
                </dd>
              </dl>
            ) : (
              <p>{t("pay.noIban")}</p>
            )}
          </div>
          {payment.qr ? (
            <figure className="pay-transfer-qr">
              <svg
                viewBox={`-4 -4 ${payment.qr.size + 8} ${payment.qr.size + 8}`}
                width="176"
                height="176"
                role="img"
                aria-label={t("pay.qrLabel", { amount, reference: payment.reference })}
                shapeRendering="crispEdges"
              >
                <rect x="-4" y="-4" width={payment.qr.size + 8} height={payment.qr.size + 8} fill="#fff" />
                <path d={payment.qr.path} fill="#000" />
              </svg>
              <figcaption className="muted">{t("pay.qrHint")}</figcaption>
            </figure>
          ) : null}
        </div>
      )}
    </section>
  );
}
