import { getFormProps, getInputProps } from "@conform-to/react";
import { useSchemaForm } from "~/components/ui/use-schema-form";
import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { DecimalField } from "~/components/ui/decimal-field";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { paymentFormContext, recordManualPayment } from "~/domain/payments/manual-payments.server";
import { MANUAL_METHODS, ManualPaymentSchema } from "~/domain/payments/payment.schema";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { creationAction } from "~/utils/forms/creation-action.server";
import { formatCents } from "~/utils/format-amounts";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { FilterBar } from "~/components/ui/filter-bar";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("payments");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.newPayment")];

export const loader = loaderWithPermission("payments:manage", (user, { request }) =>
  paymentFormContext(user, new URL(request.url).searchParams.get("structure")),
);

export const action = creationAction(
  "manual-payment",
  "payments:manage",
  ManualPaymentSchema,
  recordManualPayment,
  (payment) => [`/paiements/${payment.id}`, "payments.recorded"],
);

export default function NewPaymentPage() {
  const { members, member } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/paiements">{t("payments.title")}</BackLink>
      <h1>{t("payments.new")}</h1>
      <FilterBar submitLabel={t("payments.form.chooseMember")}>
        <SelectField
          label={t("payments.form.member")}
          selectProps={{
            id: "payment-member-choice",
            name: "structure",
            defaultValue: member?.id ?? "",
            key: member?.id ?? "",
            required: true,
          }}
        >
          <option value="" disabled>
            —
          </option>
          {members.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      {/* Keyed by the member: choosing another structure is a client-side navigation to this same
          page, and the form's state (hidden member id, one allocation row per open invoice) must be
          rebuilt from the new loader data, not kept from the first render. */}
      {member ? <PaymentForm key={member.id} /> : null}
    </>
  );
}

function PaymentForm() {
  const { member, openInvoices, creditCents, today } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const [form, fields] = useSchemaForm(ManualPaymentSchema, {
    lastResult,
    defaultValue: {
      memberId: member?.id ?? "",
      method: "BANK_TRANSFER",
      receivedOn: today,
      amount: "",
      reference: "",
      allocations: openInvoices.map((invoice) => ({ invoiceId: invoice.id, amount: "" })),
    },
  });
  const allocationRows = fields.allocations.getFieldList();
  if (!member) return null;
  return (
    <Form method="post" className="card stack" {...getFormProps(form)}>
      <SubmissionKeyField />
      <h2>{member.name}</h2>
      {creditCents > 0 ? <p>{t("payments.form.credit", { amount: formatCents(creditCents, locale) })}</p> : null}
      <ErrorList id={form.errorId} errors={form.errors} />
      <input {...getInputProps(fields.memberId, { type: "hidden" })} />
      <div className="grid grid-2">
        <SelectField
          field={fields.method}
          label={t("payments.form.method")}
          options={MANUAL_METHODS.map((method) => ({ value: method, label: t(`payments.method.${method}`) }))}
        />
        <Field
          field={fields.receivedOn}
          type="date"
          label={t("payments.form.receivedOn")}
          inputProps={{ max: today }}
        />
        <DecimalField field={fields.amount} label={t("payments.form.amount")} />
        <Field field={fields.reference} label={t("payments.form.reference")} />
      </div>
      <fieldset className="stack">
        <legend>{t("payments.form.allocations")}</legend>
        {openInvoices.length === 0 ? (
          <p className="muted">{t("payments.form.noOpenInvoices")}</p>
        ) : (
          <p className="muted">{t("payments.form.allocationsHint")}</p>
        )}
        {allocationRows.map((row, index) => {
          const rowFields = row.getFieldset();
          const invoice = openInvoices[index];
          if (!invoice) return null;
          return (
            <div key={row.key}>
              <input {...getInputProps(rowFields.invoiceId, { type: "hidden" })} />
              <DecimalField
                field={rowFields.amount}
                label={t("payments.form.allocateTo", {
                  number: invoice.number,
                  open: formatCents(invoice.openBalanceCents, locale),
                })}
              />
            </div>
          );
        })}
      </fieldset>
      <SubmitButton className="button">{t("payments.form.submit")}</SubmitButton>
    </Form>
  );
}
