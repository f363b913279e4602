import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/utils/forms/parse-form";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import {
  deletePayment,
  markChequeDeposited,
  paymentDetail,
  requirePaymentInScope,
} from "~/domain/payments/manual-payments.server";
import { DeletePaymentSchema, DepositChequeSchema } from "~/domain/payments/payment.schema";
import { ChequeDepositSection } from "~/components/payments/cheque-deposit-section";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { formatCents } from "~/utils/format-amounts";
import { formatCalendarDate } from "~/utils/format-calendar-dates";
import type { MessageKey } from "~/utils/i18n";
import { redirectWithToast, toastOf } from "~/utils/toast.server";
import { readFormInScope } from "~/utils/forms/read-form-in-scope.server";
import { answerForm } from "~/utils/forms/form-action.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounting", "payments");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.payment")];

export const loader = loaderWithPermission("payments:manage", async (user, { params }) => ({
  payment: await paymentDetail(user, params.paymentId!),
}));

/** Deletes a mistaken payment (soft delete, reason in the audit log), or records a cheque's paying in. */
export async function action({ request, params }: ActionFunctionArgs) {
  const {
    user,
    record: payment,
    formData,
  } = await readFormInScope(request, "payments:manage", (user) => requirePaymentInScope(user, params.paymentId!));
  const backToPayment = (key: MessageKey) =>
    redirectWithToast(`/paiements/${payment.id}`, toastOf(user.locale, "success", key));
  if (formData.get("intent") === "deposit") {
    return answerForm(user, formData, DepositChequeSchema, async (deposit) => {
      await markChequeDeposited(user, payment.id, deposit.value.depositedOn);
      return backToPayment("deposit.toast");
    });
  }
  return answerForm(user, formData, DeletePaymentSchema, async (submission) => {
    await deletePayment(user, payment.id, submission.value.reason);
    return backToPayment("payments.deletedToast");
  });
}

export default function PaymentPage() {
  const { payment } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseForm(formData, { schema: DeletePaymentSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <BackLink to="/paiements">{t("payments.title")}</BackLink>
      <h1>{t("payments.detail.title", { date: formatCalendarDate(payment.receivedOn, locale) })}</h1>
      <div className="card">
        <p>
          <strong>{payment.member.name}</strong> · {t(`payments.method.${payment.method}`)} ·{" "}
          <strong>{formatCents(payment.amountCents, locale)}</strong> ·{" "}
          {payment.deletedAt ? (
            <span className="badge">{t("payments.deleted")}</span>
          ) : (
            <span className={payment.status === "SUCCEEDED" ? "badge badge-ok" : "badge badge-warn"}>
              {t(`payments.status.${payment.status}`)}
            </span>
          )}
        </p>
        {payment.reference ? (
          <p>
            {t("payments.col.reference")} : {payment.reference}
          </p>
        ) : null}
        {payment.failureReason ? <p>{t("payments.detail.failure", { reason: payment.failureReason })}</p> : null}
        {payment.deletedAt ? (
          <p>
            {t("payments.detail.deletedInfo", {
              date: formatCalendarDate(payment.deletedAt, locale),
              reason: payment.deletedReason,
            })}
          </p>
        ) : null}
        <h2>{t("payments.detail.allocations")}</h2>
        <ul className="list">
          {payment.allocations.map((allocation) => (
            <li key={allocation.invoiceId}>
              <Link to={`/factures/${allocation.invoiceId}`}>{allocation.number}</Link> ·{" "}
              {formatCents(allocation.amountCents, locale)}
            </li>
          ))}
        </ul>
        {payment.unallocatedCents > 0 && !payment.deletedAt ? (
          <p>{t("payments.detail.unallocated", { amount: formatCents(payment.unallocatedCents, locale) })}</p>
        ) : null}
      </div>
      {payment.method === "CHEQUE" && !payment.deletedAt ? (
        <ChequeDepositSection depositedOn={payment.depositedOn} receivedOn={payment.receivedOn} />
      ) : null}
      {!payment.deletedAt && payment.isOnline ? <p className="muted">{t("payments.delete.stripe")}</p> : null}
      {!payment.deletedAt && !payment.isOnline ? (
        <section className="card" aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t("payments.delete.heading")}</h2>
          <p>{t("payments.delete.hint")}</p>
          <Form method="post" className="stack" {...getFormProps(form)}>
            <ErrorList id={form.errorId} errors={form.errors} />
            <Field field={fields.reason} label={t("payments.delete.reason")} />
            <SubmitButton className="button button-danger">{t("payments.delete.submit")}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}
