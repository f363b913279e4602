import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/components/use-translation";
import { listPayments } from "~/domain/payments/payment-list.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { PageHeading } from "~/components/ui/page-heading";
import { DataTable } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
import { FilterBar } from "~/components/ui/filter-bar";
import { CheckboxField, Field, SelectField } from "~/components/ui/field";
import { formatCents } from "~/utils/format-amounts";
import { formatCalendarDate } from "~/utils/format-calendar-dates";
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
  const column = columnsFor<(typeof rows)[number]>(locale);
  return (
    <>
      <PageHeading
        title={t("payments.title")}
        links={[
          { to: "/paiements/nouveau", label: t("payments.new") },
          { to: "/paiements/impayes", label: t("payments.unpaidLink") },
        ]}
      />
      <FilterBar search submitLabel={t("payments.filter.apply")}>
        <SelectField
          label={t("payments.filter.member")}
          selectProps={{ id: "payments-member", name: "structure", defaultValue: filter.memberId ?? "" }}
          placeholder={t("payments.filter.allMembers")}
          options={members.map((member) => ({ value: member.id, label: member.name }))}
        />
        <SelectField
          label={t("payments.filter.method")}
          selectProps={{ id: "payments-method", name: "moyen", defaultValue: filter.method ?? "" }}
          placeholder={t("payments.filter.all")}
          options={methods.map((method) => ({ value: method, label: t(`payments.method.${method}`) }))}
        />
        <SelectField
          label={t("payments.filter.status")}
          selectProps={{ id: "payments-status", name: "etat", defaultValue: filter.status ?? "" }}
          placeholder={t("payments.filter.all")}
          options={statuses.map((status) => ({ value: status, label: t(`payments.status.${status}`) }))}
        />
        <Field
          label={t("payments.filter.from")}
          inputProps={{ id: "payments-from", type: "date", name: "du", defaultValue: filter.from ?? "" }}
        />
        <Field
          label={t("payments.filter.to")}
          inputProps={{ id: "payments-to", type: "date", name: "au", defaultValue: filter.to ?? "" }}
        />
        <CheckboxField
          label={t("payments.filter.deleted")}
          inputProps={{ id: "payments-deleted", name: "supprimes", value: "1", defaultChecked: filter.includeDeleted }}
        />
      </FilterBar>
      <p>{t("payments.total", { amount: formatCents(receivedCents, locale) })}</p>
      <DataTable
        rows={rows}
        empty={t("payments.empty")}
        rowClassName={(row) => (row.deleted ? "payments-deleted-row" : undefined)}
        columns={[
          column.link(t("payments.col.date"), "/paiements", (row) => formatCalendarDate(row.receivedOn, locale), {
            nowrap: true,
          }),
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
    </>
  );
}
