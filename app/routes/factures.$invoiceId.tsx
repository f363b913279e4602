import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { LifecycleTimeline } from "~/components/einvoicing/lifecycle-timeline";
import { RejectionGuidance } from "~/components/einvoicing/rejection-guidance";
import { InvoiceDraftForm, withSpareRows } from "~/components/invoicing/invoice-draft-form";
import { InvoiceStateBadge } from "~/components/invoicing/invoice-state-badge";
import { ReminderSection } from "~/components/invoicing/reminder-section";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { formatPercentFr, formatQuantityFr } from "~/domain/invoicing/amount-text";
import { draftCorrectedInvoice, invoiceLifecycle } from "~/domain/einvoicing/invoice-lifecycle.server";
import { DraftInvoiceSchema } from "~/domain/invoicing/invoice-draft.schema";
import { deleteDraft, draftFormContext, updateDraft } from "~/domain/invoicing/invoice-drafts.server";
import { issueInvoice } from "~/domain/invoicing/invoice-issuance.server";
import { invoiceDetail, requireInvoiceInScope } from "~/domain/invoicing/invoice-queries.server";
import { refusalOf } from "~/utils/domain-error.server";
import { invoiceReminderHistory, sendManualReminder } from "~/domain/invoicing/reminders.server";
import { thousandthsToInput } from "~/domain/invoicing/quantity-text";
import { centsToEuroInput } from "~/domain/settings/euro-amount";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatCents } from "~/utils/format-amounts";
import { formatCalendarDate } from "~/utils/format-calendar-dates";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { SubmitButton } from "~/components/ui/submit-button";
import { PageHeading } from "~/components/ui/page-heading";
import { AmountList } from "~/components/ui/amount-list";
import { DataTable, type Column } from "~/components/ui/data-table";
import { invoiceAmountColumn } from "~/components/invoicing/invoice-amount-column";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("accounting", "einvoicing-lifecycle", "invoicing");

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => [
  pageTitle(matches, { name: loaded?.invoice.number, otherwise: "title.draft" }, "title.invoices"),
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const invoice = await invoiceDetail(user, params.invoiceId!);
  const form = invoice.status === "DRAFT" ? await draftFormContext(user) : null;
  const reminders =
    invoice.status === "DRAFT" || invoice.kind === "CREDIT_NOTE" ? [] : await invoiceReminderHistory(user, invoice.id);
  const lifecycle =
    invoice.status === "DRAFT" ? null : await invoiceLifecycle({ associationId: user.associationId }, invoice.id);
  return { invoice, form, reminders, lifecycle, timeZone: user.timeZone };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const invoice = await requireInvoiceInScope(user, params.invoiceId!);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "issue") {
    const result = await refusalOf(user, () => issueInvoice(user, invoice.id));
    if (!result.ok) return data({ error: result.error, link: result.link, result: null }, { status: result.status });
    const { invoice: issued, issuedNow } = result.value;
    const message = translate(user.locale, issuedNow ? "invoicing.issued" : "invoicing.alreadyIssued", {
      number: issued.number ?? "",
    });
    return redirectWithToast(`/factures/${invoice.id}`, { type: issuedNow ? "success" : "info", message });
  }
  if (intent === "remind") {
    const result = await refusalOf(user, () => sendManualReminder(user, invoice.id));
    if (!result.ok) return data({ error: result.error, link: null, result: null }, { status: result.status });
    return redirectWithToast(`/factures/${invoice.id}`, {
      type: "success",
      message: translate(user.locale, "reminders.sent", { recipients: result.value.reminder.recipients.join(", ") }),
    });
  }
  if (intent === "correct") {
    const result = await refusalOf(user, () => draftCorrectedInvoice(user, invoice.id));
    if (!result.ok) return data({ error: result.error, link: null, result: null }, { status: result.status });
    return redirectWithToast(`/factures/${result.value.invoice.id}`, {
      type: "success",
      message: translate(user.locale, "einvoicing.rejection.drafted"),
    });
  }
  if (intent === "delete") {
    const result = await refusalOf(user, () => deleteDraft(user, invoice.id));
    if (!result.ok) return data({ error: result.error, link: null, result: null }, { status: result.status });
    return redirectWithToast("/factures", {
      type: "success",
      message: translate(user.locale, "invoicing.draftDeleted"),
    });
  }
  if (intent !== "save")
    return data({ error: translate(user.locale, "errors.formMalformed"), link: null, result: null }, { status: 400 });
  const submission = parseForm(formData, { schema: DraftInvoiceSchema });
  if (submission.status !== "success")
    return data({ error: null, link: null, result: submission.reply() }, { status: 400 });
  const result = await refusalOf(user, () => updateDraft(user, invoice.id, submission.value));
  if (!result.ok)
    return data(
      { error: result.error, link: null, result: submission.reply({ formErrors: [result.error] }) },
      { status: result.status },
    );
  return redirectWithToast(`/factures/${invoice.id}`, {
    type: "success",
    message: translate(user.locale, "invoicing.draftSaved"),
  });
}

export default function InvoicePage() {
  const { invoice, form, reminders, lifecycle, timeZone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const isDraft = invoice.status === "DRAFT";
  type Line = (typeof invoice.lines)[number];
  const vatRateColumn: Column<Line> = {
    header: t("invoicing.field.vatRate"),
    className: "invoice-num",
    cell: (line) => formatPercentFr(line.vatBasisPoints),
  };
  // An issued invoice (not a credit note) is credited, paid and owed; a draft or a credit note is not.
  const hasPayments = !isDraft && invoice.kind !== "CREDIT_NOTE";
  return (
    <>
      <BackLink to="/factures">{t("invoicing.title")}</BackLink>
      {/* A draft has no number yet: its heading says what it is, without repeating it in a badge. */}
      <PageHeading
        title={
          isDraft ? (
            t("invoicing.draftTitle")
          ) : (
            <>
              {invoice.number} <InvoiceStateBadge state={invoice.state} />
            </>
          )
        }
        actions={
          !isDraft ? (
            <>
              <a href={`/factures/${invoice.id}/pdf`} className="button" download>
                {t("invoicing.download")}
              </a>
              {invoice.kind !== "CREDIT_NOTE" && invoice.status === "ISSUED" ? (
                <Link to={`/factures/${invoice.id}/avoir`} className="button button-secondary">
                  {t("invoicing.creditNote")}
                </Link>
              ) : null}
            </>
          ) : null
        }
      />
      {actionData?.error ? (
        <p className="form-error" role="alert">
          {actionData.error} {actionData.link ? <Link to={actionData.link.href}>{actionData.link.label}</Link> : null}
        </p>
      ) : null}
      {lifecycle ? <RejectionGuidance invoiceId={invoice.id} lifecycle={lifecycle} /> : null}
      <div className="card">
        <p>
          <strong>{t("invoicing.col.member")} :</strong> {invoice.member.name} · {t(`invoicing.kind.${invoice.kind}`)}
        </p>
        {!isDraft ? (
          <p>
            {t("invoicing.issueDate")} {formatCalendarDate(invoice.issueDate, locale)} ·{" "}
            {/* A credit note is not paid by the member: no due date to show. */}
            {invoice.kind !== "CREDIT_NOTE"
              ? `${t("invoicing.dueDate")} ${formatCalendarDate(invoice.dueDate, locale)} · `
              : null}
            {t("invoicing.servicePeriod")} {formatCalendarDate(invoice.serviceStart, locale)} –{" "}
            {formatCalendarDate(invoice.serviceEnd, locale)}
          </p>
        ) : null}
        {invoice.correctsInvoice ? (
          <p>
            {t("invoicing.corrects")}{" "}
            <Link to={`/factures/${invoice.correctsInvoice.id}`}>{invoice.correctsInvoice.number}</Link>
          </p>
        ) : null}
        {!isDraft ? (
          <p className="muted">
            {invoice.emailedAt
              ? t("invoicing.emailed")
              : invoice.handDelivery
                ? t("invoicing.handDelivery")
                : t("invoicing.notEmailed")}
          </p>
        ) : null}
        <DataTable
          rows={invoice.lines}
          rowKey={(line) => line.id}
          columns={[
            {
              header: t("invoicing.field.description"),
              cellClassName: () => "invoice-description",
              cell: (line) => line.description,
            },
            {
              header: t("invoicing.field.quantity"),
              className: "invoice-num",
              cell: (line) => formatQuantityFr(line.quantityThousandths),
            },
            invoiceAmountColumn<Line>(t("invoicing.field.unitPrice"), (line) => line.unitPriceCents, locale),
            ...(invoice.vatRegime === "STANDARD" ? [vatRateColumn] : []),
            invoiceAmountColumn<Line>(t("invoicing.totalExcl"), (line) => line.lineTotalExclTaxCents, locale),
          ]}
        />
        <AmountList
          amounts={[
            { label: t("invoicing.totalExcl"), cents: invoice.totals.totalExclTaxCents },
            { label: t("invoicing.totalTax"), cents: invoice.totals.totalTaxCents },
            { label: t("invoicing.totalIncl"), cents: invoice.totals.totalInclTaxCents, strong: true },
            { label: t("invoicing.credited"), cents: invoice.creditedCents, when: hasPayments },
            { label: t("invoicing.paid"), cents: invoice.paidCents, when: hasPayments },
            { label: t("invoicing.outstanding"), cents: invoice.outstandingCents, strong: true, when: hasPayments },
          ]}
        />
        {invoice.notes ? <p className="invoice-description">{invoice.notes}</p> : null}
        {invoice.creditNotes.length > 0 ? (
          <>
            <h2>{t("invoicing.creditNotes")}</h2>
            <ul className="list">
              {invoice.creditNotes.map((note) => (
                <li key={note.id}>
                  <Link to={`/factures/${note.id}`}>{note.number}</Link> · {formatCalendarDate(note.issueDate, locale)}{" "}
                  · {formatCents(note.totalInclTaxCents, locale)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {lifecycle && lifecycle.channel ? <LifecycleTimeline lifecycle={lifecycle} timeZone={timeZone} /> : null}
      {!isDraft && invoice.kind !== "CREDIT_NOTE" ? (
        <ReminderSection
          canRemind={invoice.status === "ISSUED" && invoice.openBalanceCents > 0 && !lifecycle?.rejection}
          reminders={reminders}
          timeZone={timeZone}
        />
      ) : null}
      {isDraft && form ? (
        <>
          <section className="card" aria-labelledby="issue-heading">
            <h2 id="issue-heading">{t("invoicing.issue")}</h2>
            <p>{t("invoicing.issueHint")}</p>
            <Form method="post" className="invoice-actions">
              <SubmitButton name="intent" value="issue" className="button">
                {t("invoicing.issue")}
              </SubmitButton>
              <SubmitButton name="intent" value="delete" className="button button-danger">
                {t("invoicing.deleteDraft")}
              </SubmitButton>
            </Form>
          </section>
          <section className="card">
            <InvoiceDraftForm
              members={form.members}
              vatRegime={form.vatRegime}
              lastResult={actionData?.result}
              submitLabel={t("invoicing.saveDraft")}
              defaultValue={{
                memberId: invoice.member.id,
                serviceStart: invoice.serviceStart ?? "",
                serviceEnd: invoice.serviceEnd ?? "",
                notes: invoice.notes,
                lines: withSpareRows(
                  invoice.lines.map((line) => ({
                    description: line.description,
                    quantity: thousandthsToInput(line.quantityThousandths),
                    unitPrice: centsToEuroInput(line.unitPriceCents),
                    vatRate: String(line.vatBasisPoints || form.defaultVatBasisPoints || 2000),
                  })),
                  String(form.defaultVatBasisPoints || 2000),
                ),
              }}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
