import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { formatLongCalendarDate } from "~/utils/format-calendar-dates";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { closePeriod, previewPeriodClose } from "~/domain/ledger/period-close.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { readForm } from "~/utils/forms/read-form.server";
import { formatDuration } from "~/utils/format-workdays";
import { translate } from "~/utils/i18n";
import { redirectWithToast } from "~/utils/toast.server";
import { todayIn } from "~/domain/calendar/today";
import { SubmitButton } from "~/components/ui/submit-button";
import { DataTable, type Column } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("ledger", "ledger-close", "lifecycle");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.periodClose")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "subscriptions:manage");
  const plan = await previewPeriodClose(user.associationId, params.periodId!);
  return {
    ...plan,
    rows: plan.rows.map(({ toWrite: _toWrite, subscription, ...row }) => ({ ...row, subscriptionId: subscription.id })),
    today: todayIn(user),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "subscriptions:manage");
  // Closing is not undone: it needs the box ticked (required in the browser, checked without JavaScript too).
  const confirmed = (await readForm(request)).get("confirm") === "on";
  const closed = await closePeriod(user.associationId, params.periodId!, user.id, { confirmed });
  if ("refused" in closed) return data({ error: translate(user.locale, "ledger.close.confirmFirst") }, { status: 400 });
  const { movementsWritten, label } = closed;
  return redirectWithToast(`/admin/periodes/${params.periodId}/cloture`, {
    type: movementsWritten > 0 ? "success" : "info",
    message:
      movementsWritten > 0
        ? translate(user.locale, "ledger.close.done", { label, count: movementsWritten })
        : translate(user.locale, "ledger.close.nothing"),
  });
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["rows"][number];

export default function PeriodClosePage() {
  const plan = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const duration = (minutes: number) => formatDuration(minutes, plan.minutesPerDay, locale);
  const closed = plan.period.status === "CLOSED";
  const total = (pick: (row: Row) => number) => plan.rows.reduce((sum, row) => sum + pick(row), 0);
  const column = columnsFor<Row>(locale);
  /** A column of minutes, with its total in the footer. */
  const minutesColumn = (header: string, pick: (row: Row) => number): Column<Row> => ({
    header,
    numeric: true,
    cell: (row) => duration(pick(row)),
    footer: duration(total(pick)),
  });
  return (
    <>
      <BackLink to={`/soldes?periode=${plan.period.id}`}>{t("ledger.staff.back")}</BackLink>
      <h1>{t("ledger.close.title", { label: plan.period.label })}</h1>
      <p>{t("ledger.close.intro", { cap: plan.carryOverCapPercent })}</p>
      {closed ? <p className="toast toast-info">{t("ledger.close.alreadyClosed")}</p> : null}
      {!closed && plan.today < plan.period.endDate ? (
        <p className="toast toast-error">
          {t("ledger.close.notEnded", { date: formatLongCalendarDate(plan.period.endDate, locale) })}
        </p>
      ) : null}
      {!plan.nextPeriod ? <p className="muted">{t("ledger.close.noNext")}</p> : null}
      <DataTable
        rows={plan.rows}
        rowKey={(row) => row.subscriptionId}
        withFooter
        columns={[
          column.name(t("ledger.member"), (row) => row.memberName, t("ledger.close.totals")),
          minutesColumn(t("ledger.close.remaining"), (row) => row.remainingBeforeMinutes),
          { header: t("ledger.close.cap"), numeric: true, cell: (row) => duration(row.capMinutes) },
          minutesColumn(t("ledger.close.carried"), (row) => row.carriedOverMinutes),
          minutesColumn(t("ledger.close.expired"), (row) => row.expiredMinutes),
          minutesColumn(t("ledger.close.overage"), (row) => row.overageMinutes),
          column.cents(
            t("ledger.close.overageAmount"),
            (row) => row.overageCents,
            total((row) => row.overageCents),
          ),
          { header: t("ledger.close.carryIn"), cell: (row) => t(`ledger.close.carryIn.${row.carryIn}`) },
        ]}
      />
      <Form method="post" className="ledger-actions stack">
        {actionData?.error ? (
          <p className="form-error" role="alert">
            {actionData.error}
          </p>
        ) : null}
        <div className="field field-checkbox">
          <label htmlFor="close-confirm">
            <input id="close-confirm" type="checkbox" name="confirm" required />
            <span>{t("ledger.close.confirm", { label: plan.period.label })}</span>
          </label>
        </div>
        <SubmitButton className={closed ? "button button-secondary" : "button"}>
          {closed ? t("ledger.close.resubmit") : t("ledger.close.submit")}
        </SubmitButton>
      </Form>
    </>
  );
}
