import { parseForm } from "~/utils/forms/parse-form";
import type { ReactNode } from "react";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList } from "~/components/ui/field";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { formatQuantityFr } from "~/domain/invoicing/amount-text";
import { CreditNoteSchema } from "~/domain/invoicing/credit-note.schema";
import { creditNoteContext, issueCreditNote } from "~/domain/invoicing/credit-notes.server";
import { requireInvoiceInScope } from "~/domain/invoicing/invoice-queries.server";
import { refusalOf } from "~/utils/domain-error.server";
import { thousandthsToInput } from "~/domain/invoicing/quantity-text";
import { requireUserWithPermission } from "~/utils/auth.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { formatCents } from "~/utils/format-amounts";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("invoicing");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.creditNote", "title.invoices")];

export const loader = loaderWithPermission("invoices:manage", (user, { params }) =>
  creditNoteContext(user, params.invoiceId!),
);

export const action = withSubmissionKey("credit-note", async ({ request, params }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const invoice = await requireInvoiceInScope(user, params.invoiceId!);
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: CreditNoteSchema });
  if (submission.status !== "success") return data({ error: null, result: submission.reply() }, { status: 400 });
  const result = await refusalOf(user, () => issueCreditNote(user, invoice.id, submission.value));
  if (!result.ok)
    return data(
      { error: result.error, result: submission.reply({ formErrors: [result.error] }) },
      { status: result.status },
    );
  return redirectWithToast(`/factures/${result.value.id}`, {
    type: "success",
    message: translate(user.locale, "invoicing.credit.done", { number: result.value.number ?? "" }),
  });
});

export default function CreditNotePage() {
  const { invoice, creditable, remainingCents, creditedCents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const fieldErrors = actionData?.result?.error ?? {};
  return (
    <>
      <BackLink to={`/factures/${invoice.id}`}>{invoice.number}</BackLink>
      <h1>{t("invoicing.credit.title", { number: invoice.number ?? "" })}</h1>
      <p>{t("invoicing.credit.intro")}</p>
      {actionData?.error ? (
        <p className="form-error" role="alert">
          {actionData.error}
        </p>
      ) : null}
      {!creditable ? (
        <p className="muted">{t("invoicing.state.cancelled")}</p>
      ) : (
        <>
          <p>
            {invoice.memberName} · {t("invoicing.totalIncl")} {formatCents(invoice.totalInclTaxCents, locale)} ·{" "}
            {t("invoicing.credit.remaining", { amount: formatCents(remainingCents, locale) })}
          </p>
          {creditedCents === 0 ? (
            <CreditNoteForm
              mode="full"
              title={t("invoicing.credit.fullTitle")}
              hint={t("invoicing.credit.fullHint")}
              submitLabel={t("invoicing.credit.full")}
            />
          ) : null}
          <CreditNoteForm
            mode="partial"
            title={t("invoicing.credit.partial")}
            hint={t("invoicing.credit.partialHint")}
            submitLabel={t("invoicing.credit.submit")}
          >
            {invoice.lines.map((line, index) => (
              <div key={line.id} className="field">
                <label htmlFor={`quantity-${index}`}>
                  <span className="invoice-description">{line.description}</span> ·{" "}
                  {formatCents(line.unitPriceCents, locale)} —{" "}
                  {t("invoicing.credit.quantity", { max: formatQuantityFr(line.quantityThousandths) })}
                </label>
                <input
                  id={`quantity-${index}`}
                  name={`quantities[${index}]`}
                  type="text"
                  inputMode="decimal"
                  defaultValue="0"
                  placeholder={thousandthsToInput(line.quantityThousandths)}
                />
                <ErrorList errors={fieldErrors[`quantities[${index}]`]} />
              </div>
            ))}
          </CreditNoteForm>
        </>
      )}
    </>
  );
}

/**
 * The full and the partial credit note share one form: its heading names it (for screen readers and
 * the journeys), the mode travels hidden, and a reason is printed on the credit note. The partial
 * one adds a quantity per line as children.
 */
function CreditNoteForm({
  mode,
  title,
  hint,
  submitLabel,
  children,
}: {
  mode: "full" | "partial";
  title: string;
  hint: string;
  submitLabel: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `credit-${mode}-title`;
  return (
    <Form method="post" className="card stack" aria-labelledby={titleId}>
      <SubmissionKeyField />
      <h2 id={titleId}>{title}</h2>
      <p className="muted">{hint}</p>
      <input type="hidden" name="mode" value={mode} />
      {children}
      <div className="field">
        <label htmlFor={`${mode}-reason`}>{t("invoicing.credit.reason")}</label>
        <input id={`${mode}-reason`} name="reason" type="text" maxLength={500} />
      </div>
      <p>
        <SubmitButton className={mode === "full" ? "button button-danger" : "button"}>{submitLabel}</SubmitButton>
      </p>
    </Form>
  );
}
