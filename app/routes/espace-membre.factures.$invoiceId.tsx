import { redirect, data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { LifecycleStatusLine } from "~/components/einvoicing/lifecycle-timeline";
import { InvoiceStateBadge } from "~/components/invoicing/invoice-state-badge";
import { invoiceLifecycle } from "~/domain/einvoicing/invoice-lifecycle.server";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { startCheckout } from "~/domain/payments/checkout.server";
import { memberCreditCents, memberInvoice } from "~/domain/payments/member-account.server";
import { refusalOf } from "~/utils/domain-error.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatCents } from "~/utils/format-amounts";
import { SubmitButton } from "~/components/ui/submit-button";
import { PageHeading } from "~/components/ui/page-heading";
import { AmountList } from "~/components/ui/amount-list";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("einvoicing-lifecycle", "invoicing", "payments");

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => [
  pageTitle(matches, { name: loaded?.invoice.number, otherwise: "title.invoice" }, "title.myInvoices"),
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:read-own");
  const { invoice, payments, canPayOnline } = await memberInvoice(user, params.invoiceId!);
  // The member sees where the invoice stands, not the platform's internal steps or the treasurer's actions.
  const lifecycle = await invoiceLifecycle(
    { associationId: user.associationId, memberId: invoice.member.id },
    invoice.id,
  );
  return {
    invoice,
    payments,
    canPayOnline,
    creditCents: await memberCreditCents(user.associationId, invoice.member.id),
    einvoiceStatus: lifecycle.current,
  };
}

/** "Payer en ligne": a Checkout Session for the open balance, then off to Stripe (303). */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "payments:pay-own");
  const result = await refusalOf(user, () => startCheckout(user, params.invoiceId!));
  if (!result.ok) return data({ error: result.error }, { status: result.status });
  return redirect(result.value.url, 303);
}

export default function MemberInvoicePage() {
  const { invoice, payments, canPayOnline, creditCents, einvoiceStatus } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { t, locale } = useTranslation();
  const returned = search.get("paiement");
  const date = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "—");
  const isInvoice = invoice.kind !== "CREDIT_NOTE";
  return (
    <>
      <BackLink to="/espace-membre/factures">{t("invoicing.myTitle")}</BackLink>
      <PageHeading
        title={
          <>
            {invoice.number} <InvoiceStateBadge state={invoice.state} />
          </>
        }
        actions={
          <a href={`/espace-membre/factures/${invoice.id}/pdf`} className="button button-secondary" download>
            {t("invoicing.download")}
          </a>
        }
      />
      <LifecycleStatusLine current={einvoiceStatus} />
      {returned === "merci" && invoice.state !== "paid" ? (
        <p className="card payments-notice" role="status">
          {t("payments.member.returned")}
        </p>
      ) : null}
      {returned === "annule" && invoice.state !== "paid" ? (
        <p className="card payments-notice" role="status">
          {t("payments.member.cancelled")}
        </p>
      ) : null}
      {actionData?.error ? (
        <p className="form-error" role="alert">
          {actionData.error}
        </p>
      ) : null}
      <div className="card">
        <p>
          {t(`invoicing.kind.${invoice.kind as "ONE_OFF"}`)} · {t("invoicing.issueDate")} {date(invoice.issueDate)}
          {isInvoice ? ` · ${t("invoicing.dueDate")} ${date(invoice.dueDate)}` : ""}
        </p>
        <AmountList
          amounts={[
            { label: t("invoicing.totalIncl"), cents: invoice.totals.totalInclTaxCents, strong: true },
            {
              label: t("invoicing.credited"),
              cents: invoice.creditedCents,
              when: isInvoice && invoice.creditedCents > 0,
            },
            { label: t("invoicing.paid"), cents: invoice.paidCents, when: isInvoice },
            {
              label: t("payments.member.processing"),
              cents: invoice.processingCents,
              when: isInvoice && invoice.processingCents > 0,
            },
            { label: t("invoicing.outstanding"), cents: invoice.openBalanceCents, strong: true, when: isInvoice },
          ]}
        />
        {invoice.processingCents > 0 ? <p className="muted">{t("payments.member.processingHint")}</p> : null}
      </div>
      {canPayOnline ? (
        <section className="card" aria-labelledby="pay-heading">
          <h2 id="pay-heading">{t("payments.member.payHeading")}</h2>
          <p>{t("payments.member.payHint", { amount: formatCents(invoice.openBalanceCents, locale) })}</p>
          <Form method="post">
            <SubmitButton className="button" pendingWhileLoading>
              {t("payments.member.pay")}
            </SubmitButton>
          </Form>
        </section>
      ) : null}
      {payments.length > 0 ? (
        <section className="card" aria-labelledby="payments-heading">
          <h2 id="payments-heading">{t("payments.member.history")}</h2>
          <ul className="list">
            {payments.map((payment) => (
              <li key={payment.id}>
                {date(payment.receivedOn)} · {t(`payments.method.${payment.method}`)} ·{" "}
                {formatCents(payment.amountCents, locale)} ·{" "}
                <span className={payment.status === "SUCCEEDED" ? "badge badge-ok" : "badge badge-warn"}>
                  {t(`payments.status.${payment.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {creditCents > 0 ? (
        <p className="card">{t("payments.member.credit", { amount: formatCents(creditCents, locale) })}</p>
      ) : null}
    </>
  );
}
