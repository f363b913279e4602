import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AgeingChart } from "~/components/payments/ageing-chart";
import { useTranslation } from "~/components/use-translation";
import { BackLink } from "~/components/ui/back-link";
import { AGEING_BUCKETS } from "~/domain/payments/ageing";
import { unpaidInvoices } from "~/domain/payments/unpaid-invoices.server";
import { loaderWithPermission } from "~/utils/loader-with-permission.server";
import { EmptyState } from "~/components/ui/empty-state";
import { DataTable } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
import { formatCents } from "~/utils/format-amounts";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("invoicing", "payments");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.unpaid")];

export const loader = loaderWithPermission("payments:manage", (user) => unpaidInvoices(user));

export default function UnpaidInvoicesPage() {
  const { rows, totals, totalCents } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const column = columnsFor<(typeof rows)[number]>(locale);
  return (
    <>
      <BackLink to="/paiements">{t("payments.title")}</BackLink>
      <h1>{t("payments.unpaid.title")}</h1>
      {rows.length === 0 ? (
        <EmptyState>{t("payments.unpaid.empty")}</EmptyState>
      ) : (
        <>
          <p>
            <strong>{t("payments.unpaid.total", { amount: formatCents(totalCents, locale) })}</strong>
          </p>
          <div className="grid grid-2 grid-before-table">
            <div className="card">
              <AgeingChart totals={totals} />
            </div>
            <div className="card table-wrap" tabIndex={0}>
              <table>
                <tbody>
                  {AGEING_BUCKETS.map((bucket) => (
                    <tr key={bucket}>
                      <th scope="row">{t(`payments.unpaid.bucket.${bucket}`)}</th>
                      <td>{t("payments.unpaid.count", { count: totals[bucket].count })}</td>
                      <td className="invoice-num nowrap">{formatCents(totals[bucket].cents, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <DataTable
            rows={rows}
            columns={[
              column.link(t("invoicing.col.number"), "/factures", (row) => row.number, { nowrap: true }),
              { header: t("invoicing.col.member"), cell: (row) => row.memberName },
              column.date(t("invoicing.col.due"), (row) => row.dueDate),
              {
                header: t("payments.unpaid.daysLate"),
                numeric: true,
                cell: (row) =>
                  row.bucket === "notDue"
                    ? t("payments.unpaid.bucket.notDue")
                    : t("payments.unpaid.days", { days: row.daysLate }),
              },
              column.cents(t("invoicing.col.total"), (row) => row.totalInclTaxCents),
              column.cents(t("invoicing.col.outstanding"), (row) => row.openBalanceCents),
            ]}
          />
        </>
      )}
    </>
  );
}
