import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AgeingChart } from "~/components/payments/ageing-chart";
import { useTranslation } from "~/components/use-translation";
import { AGEING_BUCKETS } from "~/domain/payments/ageing";
import { unpaidInvoices } from "~/domain/payments/unpaid-invoices.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatCents } from "~/utils/format";
import { loadMessages } from "~/utils/messages/load-messages";

await loadMessages("invoicing", "payments");

export const meta: MetaFunction = () => [{ title: "Factures impayées · Quote-part" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "payments:manage");
  return unpaidInvoices(user);
}

const displayDate = (iso: string) => iso.split("-").reverse().join("/");

export default function UnpaidInvoicesPage() {
  const { rows, totals, totalCents } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <p>
        <Link to="/paiements">← {t("payments.title")}</Link>
      </p>
      <h1>{t("payments.unpaid.title")}</h1>
      {rows.length === 0 ? (
        <p className="muted">{t("payments.unpaid.empty")}</p>
      ) : (
        <>
          <p>
            <strong>{t("payments.unpaid.total", { amount: formatCents(totalCents, locale) })}</strong>
          </p>
          <div className="grid grid-2">
            <div className="card">
              <AgeingChart totals={totals} />
            </div>
            <div className="card table-wrap">
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
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t("invoicing.col.number")}</th>
                  <th>{t("invoicing.col.member")}</th>
                  <th>{t("invoicing.col.due")}</th>
                  <th className="invoice-num">{t("payments.unpaid.daysLate")}</th>
                  <th className="invoice-num">{t("invoicing.col.total")}</th>
                  <th className="invoice-num">{t("invoicing.col.outstanding")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td className="nowrap">
                      <Link to={`/factures/${row.id}`}>{row.number}</Link>
                    </td>
                    <td>{row.memberName}</td>
                    <td className="nowrap">{displayDate(row.dueDate)}</td>
                    <td className="invoice-num nowrap">
                      {row.bucket === "notDue"
                        ? t("payments.unpaid.bucket.notDue")
                        : t("payments.unpaid.days", { days: row.daysLate })}
                    </td>
                    <td className="invoice-num nowrap">{formatCents(row.totalInclTaxCents, locale)}</td>
                    <td className="invoice-num nowrap">{formatCents(row.openBalanceCents, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
