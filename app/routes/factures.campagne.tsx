import { parseForm } from "~/utils/forms/parse-form";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { isIsoDate } from "~/domain/calendar/local-date";
import { executeInvoiceRun, planInvoiceRun, runContext } from "~/domain/invoicing/invoice-run.server";
import { InvoiceRunSchema } from "~/domain/invoicing/invoice-run.schema";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatCents } from "~/utils/format";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/forms/read-form.server";
import { withSubmissionKey } from "~/utils/forms/submission-key.server";
import { SubmissionKeyField } from "~/components/submission-key-field";

export const meta: MetaFunction = () => [{ title: "Campagne de facturation · Quote-part" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const url = new URL(request.url);
  const context = await runContext(user);
  const periodId = url.searchParams.get("periode") || context.periods[0]?.id || "";
  const requestedDate = url.searchParams.get("jusquau") ?? "";
  const dueUpTo = isIsoDate(requestedDate) ? requestedDate : context.today;
  const plan = periodId && context.periods.some((period) => period.id === periodId) ? await planInvoiceRun(user, periodId, dueUpTo) : null;
  return { ...context, periodId, dueUpTo, plan };
}

export const action = withSubmissionKey("invoice-run", async ({ request }: ActionFunctionArgs) => {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const formData = await readForm(request);
  const submission = parseForm(formData, { schema: InvoiceRunSchema });
  if (submission.status !== "success") return data({ failures: [], error: "Choisissez une période et une date valides." }, { status: 400 });
  const { periodId, dueUpTo } = submission.value;
  const outcome = await executeInvoiceRun(user, periodId, dueUpTo);
  const message = translate(user.locale, "invoicing.run.done", { issued: outcome.issued, already: outcome.alreadyIssued });
  if (outcome.failures.length > 0) return data({ failures: outcome.failures, error: message }, { status: 409 });
  return redirectWithToast(`/factures/campagne?periode=${encodeURIComponent(periodId)}&jusquau=${dueUpTo}`, { type: "success", message });
});

export default function InvoiceRunPage() {
  const { periods, periodId, dueUpTo, plan } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, locale } = useTranslation();
  const toIssue = plan?.items.filter((item) => item.status !== "issued") ?? [];
  const running = navigation.state === "submitting" && navigation.formMethod?.toUpperCase() === "POST";
  return (
    <>
      <p>
        <Link to="/factures">← {t("invoicing.title")}</Link>
      </p>
      <h1>{t("invoicing.run")}</h1>
      <p>{t("invoicing.run.intro")}</p>
      {periods.length === 0 ? (
        <p className="muted">{t("invoicing.run.noPeriod")}</p>
      ) : (
        <Form method="get" className="card filter-bar">
          <div className="field">
            <label htmlFor="run-period">{t("invoicing.run.period")}</label>
            <select id="run-period" name="periode" defaultValue={periodId}>
              {periods.map((period) => (
                <option key={period.id} value={period.id}>
                  {period.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="run-due">{t("invoicing.run.dueUpTo")}</label>
            <input id="run-due" type="date" name="jusquau" defaultValue={dueUpTo} required />
          </div>
          <button type="submit" className="button button-secondary">
            {t("invoicing.run.preview")}
          </button>
        </Form>
      )}
      {actionData?.error ? (
        <div className="form-error" role="alert">
          <p>{actionData.error}</p>
          <ul>
            {actionData.failures.map((failure, index) => (
              <li key={index}>
                {failure.memberName} : {failure.error}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {plan ? (
        plan.items.length === 0 ? (
          <p className="muted">{t("invoicing.run.nothing")}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{t("invoicing.col.member")}</th>
                    <th>{t("invoicing.col.kind")}</th>
                    <th>{t("invoicing.field.description")}</th>
                    <th className="invoice-num">{t("invoicing.col.total")}</th>
                    <th>{t("invoicing.col.state")}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.items.map((item) => (
                    <tr key={item.runKey}>
                      <td>{item.memberName}</td>
                      <td>{t(`invoicing.kind.${item.kind}`)}</td>
                      <td className="invoice-description">{item.lines.length === 1 ? item.lines[0].description : `${item.lines.length} lignes`}</td>
                      <td className="invoice-num nowrap">{formatCents(item.amountCents, locale)}</td>
                      <td>{item.invoiceId ? <Link to={`/factures/${item.invoiceId}`}>{t(`invoicing.run.status.${item.status}`)}</Link> : t(`invoicing.run.status.${item.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              {t("invoicing.run.total")} : <strong>{formatCents(toIssue.reduce((sum, item) => sum + item.amountCents, 0), locale)}</strong>
            </p>
            {toIssue.length > 0 ? (
              <Form method="post" className="card">
                <SubmissionKeyField />
                <input type="hidden" name="periodId" value={periodId} />
                <input type="hidden" name="dueUpTo" value={dueUpTo} />
                <button type="submit" className="button" disabled={running}>
                  {t("invoicing.run.issue", { count: toIssue.length })}
                </button>
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
