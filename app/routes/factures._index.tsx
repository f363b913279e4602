import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { InvoiceStateBadge } from "~/components/invoicing/invoice-state-badge";
import { useTranslation } from "~/components/use-translation";
import { DISPLAY_STATE_SLUGS, displayStateFromSlug, INVOICE_DISPLAY_STATES } from "~/domain/invoicing/invoice-state";
import { listInvoices } from "~/domain/invoicing/invoice-queries.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatCents } from "~/utils/format-amounts";
import { can } from "~/utils/permissions";
import { todayIn } from "~/domain/calendar/today";
import { PageHeading } from "~/components/ui/page-heading";
import { DataTable } from "~/components/ui/data-table";
import { columnsFor } from "~/components/ui/data-table-columns";
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
  // The exports' fields, all required: a period's first and last day (this year by default), a year.
  const periodEnds = [
    { id: "export-from", name: "du", defaultValue: `${year}-01-01`, label: t("invoicing.export.from") },
    { id: "export-to", name: "au", defaultValue: `${year}-12-31`, label: t("invoicing.export.to") },
  ];
  const fecYear = {
    id: "export-year",
    type: "number",
    name: "annee",
    min: 2000,
    max: 2100,
    defaultValue: year,
    required: true,
  };
  return (
    <>
      <PageHeading
        title={t("invoicing.title")}
        links={[
          { to: "/factures/nouvelle", label: t("invoicing.new") },
          { to: "/factures/campagne", label: t("invoicing.run") },
          { to: "/factures/facturation-electronique", label: t("einvoicing.settings.link") },
        ]}
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
      <DataTable
        rows={invoices}
        empty={state ? t("invoicing.emptyFiltered") : t("invoicing.empty")}
        columns={[
          column.link(
            t("invoicing.col.number"),
            "/factures",
            (invoice) => invoice.number ?? t("invoicing.draftNumber"),
            { nowrap: true },
          ),
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
      {canExport ? (
        <section className="card invoice-exports" aria-labelledby="exports-heading">
          <h2 id="exports-heading">{t("invoicing.exports")}</h2>
          <form method="get" action="/exports/factures.csv" className="filter-bar">
            {periodEnds.map(({ id, name, defaultValue, label }) => (
              <Field key={id} label={label} inputProps={{ id, type: "date", name, defaultValue, required: true }} />
            ))}
            <button type="submit" className="button button-secondary">
              {t("invoicing.export.invoices")}
            </button>
            <button type="submit" className="button button-secondary" formAction="/exports/paiements.csv">
              {t("invoicing.export.payments")}
            </button>
          </form>
          <form method="get" action="/exports/fec" className="filter-bar">
            <Field label={t("invoicing.export.year")} inputProps={fecYear} />
            <button type="submit" className="button button-secondary">
              {t("invoicing.export.fec")}
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
