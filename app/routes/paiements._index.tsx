import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { listPayments } from "~/domain/payments/manual-payments.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { PageHeading } from "~/components/ui/page-heading";
import { DataTable } from "~/components/ui/data-table";
import { EmptyState } from "~/components/ui/empty-state";
import { formatCents, formatCalendarDate } from "~/utils/format";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("payments");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.payments")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "payments:manage");
  const search = new URL(request.url).searchParams;
  const filter = {
    memberId: search.get("structure"),
    method: search.get("moyen"),
    status: search.get("etat"),
    from: search.get("du"),
    to: search.get("au"),
    includeDeleted: search.get("supprimes") === "1",
  };
  return { ...(await listPayments(user, filter)), filter };
}

export default function PaymentsPage() {
  const { rows, members, receivedCents, methods, statuses, filter } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <PageHeading
        title={t("payments.title")}
        actions={
          <>
            <Link to="/paiements/nouveau" className="button">
              {t("payments.new")}
            </Link>
            <Link to="/paiements/impayes" className="button button-secondary">
              {t("payments.unpaidLink")}
            </Link>
          </>
        }
      />
      <Form method="get" className="card filter-bar" role="search">
        <div className="field">
          <label htmlFor="payments-member">{t("payments.filter.member")}</label>
          <select id="payments-member" name="structure" defaultValue={filter.memberId ?? ""}>
            <option value="">{t("payments.filter.allMembers")}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="payments-method">{t("payments.filter.method")}</label>
          <select id="payments-method" name="moyen" defaultValue={filter.method ?? ""}>
            <option value="">{t("payments.filter.all")}</option>
            {methods.map((method) => (
              <option key={method} value={method}>
                {t(`payments.method.${method}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="payments-status">{t("payments.filter.status")}</label>
          <select id="payments-status" name="etat" defaultValue={filter.status ?? ""}>
            <option value="">{t("payments.filter.all")}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`payments.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="payments-from">{t("payments.filter.from")}</label>
          <input id="payments-from" type="date" name="du" defaultValue={filter.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="payments-to">{t("payments.filter.to")}</label>
          <input id="payments-to" type="date" name="au" defaultValue={filter.to ?? ""} />
        </div>
        <div className="field field-checkbox">
          <label htmlFor="payments-deleted">
            <input
              id="payments-deleted"
              type="checkbox"
              name="supprimes"
              value="1"
              defaultChecked={filter.includeDeleted}
            />
            <span>{t("payments.filter.deleted")}</span>
          </label>
        </div>
        <button type="submit" className="button button-secondary">
          {t("payments.filter.apply")}
        </button>
      </Form>
      <p>{t("payments.total", { amount: formatCents(receivedCents, locale) })}</p>
      {rows.length === 0 ? (
        <EmptyState>{t("payments.empty")}</EmptyState>
      ) : (
        <DataTable
          rows={rows}
          rowKey={(row) => row.id}
          rowClassName={(row) => (row.deleted ? "payments-deleted-row" : undefined)}
          columns={[
            {
              header: t("payments.col.date"),
              nowrap: true,
              cell: (row) => <Link to={`/paiements/${row.id}`}>{formatCalendarDate(row.receivedOn, locale)}</Link>,
            },
            { header: t("payments.col.member"), cell: (row) => row.memberName },
            { header: t("payments.col.method"), cell: (row) => t(`payments.method.${row.method}`) },
            { header: t("payments.col.reference"), cell: (row) => row.reference || "—" },
            { header: t("payments.col.amount"), numeric: true, cell: (row) => formatCents(row.amountCents, locale) },
            {
              header: t("payments.col.invoices"),
              cell: (row) =>
                row.invoices.map((invoice, index) => (
                  <span key={invoice.id}>
                    {index > 0 ? ", " : ""}
                    <Link to={`/factures/${invoice.id}`}>{invoice.number}</Link>
                  </span>
                )),
            },
            {
              header: t("payments.col.status"),
              cell: (row) =>
                row.deleted ? (
                  <span className="badge">{t("payments.deleted")}</span>
                ) : (
                  <span className={row.status === "SUCCEEDED" ? "badge badge-ok" : "badge badge-warn"}>
                    {t(`payments.status.${row.status}`)}
                  </span>
                ),
            },
          ]}
        />
      )}
    </>
  );
}
