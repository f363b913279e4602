import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PeriodSelector } from "~/components/balance-views";
import { formatLongCalendarDate } from "~/utils/format-calendar-dates";
import { useTranslation } from "~/components/use-translation";
import { parseBalanceSort, sortBalanceRows, type BalanceSortKey } from "~/domain/ledger/balance-table";
import { memberBalances } from "~/domain/ledger/balances.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatShareHalves } from "~/utils/format-amounts";
import { formatDuration } from "~/utils/format-workdays";
import type { MessageKey } from "~/utils/i18n";
import { can } from "~/utils/permissions";
import { scopeOf } from "~/utils/scope.server";
import { DataTable, type Column } from "~/components/ui/data-table";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("ledger", "lifecycle");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.balances")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "balances:read-all");
  const url = new URL(request.url);
  const sort = parseBalanceSort(url.searchParams.get("tri"), url.searchParams.get("ordre"));
  const view = await memberBalances(scopeOf(user), url.searchParams.get("periode"));
  return {
    ...view,
    rows: sortBalanceRows(view.rows, sort.key, sort.order),
    sort,
    canClose: can(user.role, "subscriptions:manage"),
  };
}

const columns: { key: BalanceSortKey; label: MessageKey; numeric: boolean }[] = [
  { key: "membre", label: "ledger.member", numeric: false },
  { key: "parts", label: "ledger.shares", numeric: true },
  { key: "attribue", label: "ledger.allotted", numeric: true },
  { key: "consomme", label: "ledger.consumed", numeric: true },
  { key: "ajustements", label: "ledger.adjustments", numeric: true },
  { key: "reserve", label: "ledger.reserved", numeric: true },
  { key: "restant", label: "ledger.remaining", numeric: true },
  { key: "utilise", label: "ledger.used", numeric: true },
  { key: "epuisement", label: "ledger.exhaustion", numeric: false },
];

export default function BalancesPage() {
  const view = useLoaderData<typeof loader>();
  type BalanceRow = (typeof view.rows)[number];
  const { t, locale } = useTranslation();
  const { period, sort } = view;
  const duration = (minutes: number) => formatDuration(minutes, view.minutesPerDay, locale);
  const periodParam: Record<string, string> = period ? { periode: period.id } : {};
  const sortHref = (key: BalanceSortKey) =>
    `?${new URLSearchParams({ ...periodParam, tri: key, ordre: sort.key === key && sort.order === "asc" ? "desc" : "asc" })}`;
  const cells: Record<BalanceSortKey, Pick<Column<BalanceRow>, "cell" | "rowHeader" | "cellClassName">> = {
    membre: {
      rowHeader: true,
      cell: (row) => <Link to={`/soldes/${row.memberId}?${new URLSearchParams(periodParam)}`}>{row.memberName}</Link>,
    },
    parts: { cell: (row) => formatShareHalves(row.shareHalves, locale) },
    attribue: { cell: (row) => duration(row.allottedMinutes) },
    consomme: { cell: (row) => duration(row.consumedMinutes) },
    ajustements: { cell: (row) => (row.adjustmentsMinutes === 0 ? "—" : duration(row.adjustmentsMinutes)) },
    reserve: { cell: (row) => duration(row.reservedMinutes) },
    restant: {
      cell: (row) => duration(row.remainingMinutes),
      cellClassName: (row) => (row.remainingMinutes < 0 ? "balance-negative" : undefined),
    },
    utilise: { cell: (row) => `${row.usedPercent} %` },
    epuisement: {
      cell: (row) =>
        row.projectedExhaustion
          ? formatLongCalendarDate(row.projectedExhaustion, locale)
          : t("ledger.staffForecast.enough"),
    },
  };
  return (
    <>
      <h1>{t("ledger.staff.title")}</h1>
      <p className="muted">{t("ledger.staff.intro")}</p>
      <PeriodSelector periods={view.periods} selectedId={period?.id} />
      {!period ? (
        <p>{t("ledger.noPeriod")}</p>
      ) : (
        <>
          <p className="ledger-actions">
            <a className="button button-secondary" href={`/soldes.csv?${new URLSearchParams(periodParam)}`} download>
              {t("ledger.staff.export")}
            </a>
            {view.canClose ? (
              <Link className="button button-secondary" to={`/admin/periodes/${period.id}/cloture`}>
                {t("ledger.staff.close")}
              </Link>
            ) : null}
          </p>
          <DataTable
            empty={t("ledger.staff.empty")}
            className="ledger-table"
            rows={view.rows}
            rowKey={(row) => row.subscriptionId}
            columns={columns.map((column) => {
              const active = sort.key === column.key;
              return {
                header: (
                  <Link to={sortHref(column.key)} aria-label={t("ledger.staff.sortBy", { column: t(column.label) })}>
                    {t(column.label)}
                    {active ? (sort.order === "asc" ? " ▲" : " ▼") : ""}
                  </Link>
                ),
                numeric: column.numeric,
                sorted: active ? (sort.order === "asc" ? "ascending" : "descending") : undefined,
                ...cells[column.key],
              };
            })}
          />
        </>
      )}
    </>
  );
}
