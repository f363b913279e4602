import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InvoiceStateBadge } from "~/components/invoicing/invoice-state-badge";
import { useTranslation } from "~/components/use-translation";
import { DISPLAY_STATE_SLUGS, displayStateFromSlug, INVOICE_DISPLAY_STATES } from "~/domain/invoicing/invoice-state";
import { listInvoices } from "~/domain/invoicing/invoice-queries.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatCents } from "~/utils/format";
import { can } from "~/utils/permissions";
import { todayIn } from "~/domain/calendar/today";
import { PageHeading } from "~/components/ui/page-heading";
import { DataTable } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
import { EmptyState } from "~/components/ui/empty-state";
import { FilterBar } from "~/components/ui/filter-bar";
import { Field, SelectField } from "~/components/ui/field";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("einvoicing", "invoicing");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.invoices")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:manage");
  const url = new URL(request.url);
  const state = displayStateFromSlug(url.searchParams.get("etat"));
  const invoices = await listInvoices(user, { state });
  const year = Number(todayIn(user).slice(0, 4));
  return { invoices, state, canExport: can(user.role, "exports:download"), year };
}

export default function InvoicesPage() {
  const { invoices, state, canExport, year } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  const column = columnsFor<(typeof invoices)[number]>(locale);
  return (
    <>
      <PageHeading
        title={t("invoicing.title")}
        actions={
          <>
            <Link to="/factures/nouvelle" className="button">
              {t("invoicing.new")}
            </Link>
            <Link to="/factures/campagne" className="button button-secondary">
              {t("invoicing.run")}
            </Link>
            <Link to="/factures/facturation-electronique" className="button button-secondary">
              {t("einvoicing.settings.link")}
            </Link>
          </>
        }
      />
      <FilterBar search submitLabel={t("invoicing.filter")}>
        <SelectField
          label={t("invoicing.filter.state")}
          selectProps={{ id: "invoice-state", name: "etat", defaultValue: state ? DISPLAY_STATE_SLUGS[state] : "" }}
          placeholder={t("invoicing.filter.all")}
          options={INVOICE_DISPLAY_STATES.map((option) => ({
            value: DISPLAY_STATE_SLUGS[option],
            label: t(`invoicing.state.${option}`),
          }))}
        />
      </FilterBar>
      {invoices.length === 0 ? (
        <EmptyState>{state ? t("invoicing.emptyFiltered") : t("invoicing.empty")}</EmptyState>
      ) : (
        <DataTable
          rows={invoices}
          rowKey={(invoice) => invoice.id}
          columns={[
            {
              header: t("invoicing.col.number"),
              nowrap: true,
              cell: (invoice) => (
                <Link to={`/factures/${invoice.id}`}>{invoice.number ?? t("invoicing.draftNumber")}</Link>
              ),
            },
            { header: t("invoicing.col.member"), cell: (invoice) => invoice.memberName },
            { header: t("invoicing.col.kind"), cell: (invoice) => t(`invoicing.kind.${invoice.kind as "ONE_OFF"}`) },
            column.date(t("invoicing.col.date"), (invoice) => invoice.issueDate),
            column.date(t("invoicing.col.due"), (invoice) => invoice.dueDate),
            column.cents(t("invoicing.col.total"), (invoice) => invoice.totalInclTaxCents),
            {
              header: t("invoicing.col.outstanding"),
              numeric: true,
              cell: (invoice) => (invoice.number ? formatCents(invoice.outstandingCents, locale) : "—"),
            },
            { header: t("invoicing.col.state"), cell: (invoice) => <InvoiceStateBadge state={invoice.state} /> },
          ]}
        />
      )}
      {canExport ? (
        <section className="card invoice-exports" aria-labelledby="exports-heading">
          <h2 id="exports-heading">{t("invoicing.exports")}</h2>
          <form method="get" action="/exports/factures.csv" className="filter-bar">
            <Field
              label={t("invoicing.export.from")}
              inputProps={{
                id: "export-from",
                type: "date",
                name: "du",
                defaultValue: `${year}-01-01`,
                required: true,
              }}
            />
            <Field
              label={t("invoicing.export.to")}
              inputProps={{ id: "export-to", type: "date", name: "au", defaultValue: `${year}-12-31`, required: true }}
            />
            <button type="submit" className="button button-secondary">
              {t("invoicing.export.invoices")}
            </button>
            <button type="submit" className="button button-secondary" formAction="/exports/paiements.csv">
              {t("invoicing.export.payments")}
            </button>
          </form>
          <form method="get" action="/exports/fec" className="filter-bar">
            <Field
              label={t("invoicing.export.year")}
              inputProps={{
                id: "export-year",
                type: "number",
                name: "annee",
                min: 2000,
                max: 2100,
                defaultValue: year,
                required: true,
              }}
            />
            <button type="submit" className="button button-secondary">
              {t("invoicing.export.fec")}
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
