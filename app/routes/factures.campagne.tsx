import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { isIsoDate } from "~/domain/calendar/local-date";
import { executeInvoiceRun } from "~/domain/invoicing/invoice-run.server";
import { planInvoiceRun, runContext } from "~/domain/invoicing/invoice-run-plan.server";
import { InvoiceRunSchema } from "~/domain/invoicing/invoice-run.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { refusalText } from "~/utils/domain-error.server";
import { formatCents } from "~/utils/format-amounts";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";
import { FilterBar } from "~/components/ui/filter-bar";
import { DataTable } from "~/components/ui/data-table";
import { invoiceAmountColumn } from "~/components/invoicing/invoice-amount-column";
import { Field, SelectField } from "~/components/ui/field";
import { PeriodOptions } from "~/components/periods/period-options";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("invoicing");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.invoiceRun")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const url = new URL(request.url);
  const context = await runContext(user, url.searchParams.get("periode"));
  const { periodId } = context;
  const requestedDate = url.searchParams.get("jusquau") ?? "";
  const dueUpTo = isIsoDate(requestedDate) ? requestedDate : context.today;
  const plan = periodId ? await planInvoiceRun(user, periodId, dueUpTo) : null;
  // The confirmation step: a page of its own (a link, so it works without JavaScript) before anything is issued.
  const confirming = url.searchParams.get("confirmer") === "1";
  return { ...context, periodId, dueUpTo, plan, confirming };
}

export const action = withSubmissionKey("invoice-run", async ({ request }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: InvoiceRunSchema });
  if (submission.status !== "success")
    return data({ failures: [], error: translate(user.locale, "invoicing.run.invalid") }, { status: 400 });
  const { periodId, dueUpTo, confirmedCount } = submission.value;
  // What the treasurer confirmed must still be what would be issued (another run may have happened since).
  const { invoices } = await planInvoiceRun(user, periodId, dueUpTo);
  const pending = invoices.filter((invoice) => invoice.status !== "issued").length;
  if (confirmedCount !== pending)
    return data(
      { failures: [], error: translate(user.locale, "invoicing.run.changed", { count: pending }) },
      { status: 409 },
    );
  const outcome = await executeInvoiceRun(user, periodId, dueUpTo);
  const message = translate(user.locale, "invoicing.run.done", {
    issued: outcome.issued,
    already: outcome.alreadyIssued,
  });
  if (outcome.failures.length > 0) {
    const failures = outcome.failures.map(({ memberName, refusal }) => ({
      memberName: memberName ?? translate(user.locale, "invoicing.run.association"),
      ...refusalText(refusal, user),
    }));
    return data(
      { failures, error: `${message} ${translate(user.locale, "invoicing.run.someFailed")}` },
      { status: 409 },
    );
  }
  return redirectWithToast(`/factures/campagne?periode=${encodeURIComponent(periodId)}&jusquau=${dueUpTo}`, {
    type: "success",
    message,
  });
});

export default function InvoiceRunPage() {
  const { periods, periodId, dueUpTo, plan, confirming } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, locale } = useTranslation();
  type PlannedInvoice = NonNullable<typeof plan>["invoices"][number];
  const toIssue = plan?.invoices.filter((invoice) => invoice.status !== "issued") ?? [];
  const totalIncl = toIssue.reduce((sum, invoice) => sum + invoice.totalInclTaxCents, 0);
  const running = navigation.state === "submitting" && navigation.formMethod?.toUpperCase() === "POST";
  const query = `periode=${encodeURIComponent(periodId)}&jusquau=${dueUpTo}`;
  return (
    <>
      <BackLink to="/factures">{t("invoicing.title")}</BackLink>
      <h1>{t("invoicing.run")}</h1>
      <p>{t("invoicing.run.intro")}</p>
      {periods.length === 0 ? (
        <p className="muted">{t("invoicing.run.noPeriod")}</p>
      ) : (
        <FilterBar submitLabel={t("invoicing.run.preview")}>
          <SelectField
            label={t("invoicing.run.period")}
            selectProps={{ id: "run-period", name: "periode", defaultValue: periodId }}
          >
            <PeriodOptions periods={periods} />
          </SelectField>
          <Field
            label={t("invoicing.run.dueUpTo")}
            inputProps={{ id: "run-due", type: "date", name: "jusquau", defaultValue: dueUpTo, required: true }}
          />
        </FilterBar>
      )}
      {actionData?.error ? (
        <div className="form-error" role="alert">
          <p>{actionData.error}</p>
          <ul>
            {actionData.failures.map((failure, index) => (
              <li key={index}>
                <strong>{failure.memberName}</strong> : {failure.error}{" "}
                {failure.link ? <Link to={failure.link.href}>{failure.link.label}</Link> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {plan ? (
        plan.invoices.length === 0 ? (
          <p className="muted">{t("invoicing.run.nothing")}</p>
        ) : (
          <>
            <DataTable
              rows={plan.invoices}
              rowKey={(invoice) => invoice.runKey}
              columns={[
                { header: t("invoicing.col.member"), cell: (invoice) => invoice.memberName },
                {
                  header: t("invoicing.run.col.content"),
                  cellClassName: () => "invoice-description",
                  cell: (invoice) =>
                    invoice.items.map((item) => (
                      <span key={item.runKey} className="run-item">
                        {t(`invoicing.kind.${item.kind}`)} ({formatCents(item.amountCents, locale)}{" "}
                        {t("invoicing.run.excl")})
                      </span>
                    )),
                },
                invoiceAmountColumn<PlannedInvoice>(
                  t("invoicing.totalExcl"),
                  (invoice) => invoice.totalExclTaxCents,
                  locale,
                ),
                invoiceAmountColumn<PlannedInvoice>(
                  t("invoicing.totalTax"),
                  (invoice) => invoice.totalTaxCents,
                  locale,
                ),
                invoiceAmountColumn<PlannedInvoice>(
                  t("invoicing.col.total"),
                  (invoice) => invoice.totalInclTaxCents,
                  locale,
                ),
                {
                  header: t("invoicing.col.state"),
                  cell: (invoice) =>
                    invoice.invoiceId ? (
                      <Link to={`/factures/${invoice.invoiceId}`}>{t(`invoicing.run.status.${invoice.status}`)}</Link>
                    ) : (
                      t(`invoicing.run.status.${invoice.status}`)
                    ),
                },
              ]}
            />
            <p>
              {t("invoicing.run.total")} : <strong>{formatCents(totalIncl, locale)}</strong>
            </p>
            {toIssue.length > 0 && !confirming ? (
              <p>
                <Link to={`/factures/campagne?${query}&confirmer=1`} className="button">
                  {t("invoicing.run.issue", { count: toIssue.length })}
                </Link>
              </p>
            ) : null}
            {toIssue.length > 0 && confirming ? (
              <Form method="post" className="card stack" aria-labelledby="run-confirm-title">
                <SubmissionKeyField />
                <h2 id="run-confirm-title">{t("invoicing.run.confirmTitle")}</h2>
                <p>
                  {t("invoicing.run.confirmText", { count: toIssue.length, amount: formatCents(totalIncl, locale) })}
                </p>
                <input type="hidden" name="periodId" value={periodId} />
                <input type="hidden" name="dueUpTo" value={dueUpTo} />
                <input type="hidden" name="confirmedCount" value={toIssue.length} />
                <div className="invoice-actions">
                  <button type="submit" className="button" disabled={running}>
                    {t("invoicing.run.confirm", { count: toIssue.length })}
                  </button>
                  <Link to={`/factures/campagne?${query}`} className="button button-secondary">
                    {t("common.cancel")}
                  </Link>
                </div>
                <div aria-live="polite">
                  {running ? (
                    <p className="invoice-run-progress">
                      <progress aria-label={t("invoicing.run.running", { count: toIssue.length })} />
                      {t("invoicing.run.running", { count: toIssue.length })}
                    </p>
                  ) : null}
                </div>
              </Form>
            ) : null}
          </>
        )
      ) : null}
    </>
  );
}
