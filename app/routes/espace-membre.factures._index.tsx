import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { InvoiceStateBadge } from "~/components/invoicing/invoice-state-badge";
import { useTranslation } from "~/components/use-translation";
import { listInvoices } from "~/domain/invoicing/invoice-queries.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatCents } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Mes factures · Quote-part" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:read-own");
  return { invoices: await listInvoices(user) };
}

const displayDate = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "—");

export default function MyInvoicesPage() {
  const { invoices } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("invoicing.myTitle")}</h1>
      {invoices.length === 0 ? (
        <p className="muted">{t("invoicing.empty")}</p>
      ) : (
        <ul className="card list invoice-cards">
          {invoices.map((invoice) => (
            <li key={invoice.id}>
              <div className="invoice-card-head">
                <strong>{invoice.number}</strong> <InvoiceStateBadge state={invoice.state} />
              </div>
              <p className="muted">
                {t(`invoicing.kind.${invoice.kind as "ONE_OFF"}`)} · {t("invoicing.issueDate")} {displayDate(invoice.issueDate)}
                {invoice.kind !== "CREDIT_NOTE" ? ` · ${t("invoicing.dueDate")} ${displayDate(invoice.dueDate)}` : ""}
              </p>
              <p>
                {t("invoicing.col.total")} : <strong>{formatCents(invoice.totalInclTaxCents, locale)}</strong>
                {invoice.kind !== "CREDIT_NOTE" && invoice.outstandingCents > 0 ? ` · ${t("invoicing.outstanding")} : ${formatCents(invoice.outstandingCents, locale)}` : ""}
              </p>
              <a href={`/espace-membre/factures/${invoice.id}/pdf`} className="button button-secondary" download>
                {t("invoicing.download")} <span className="invoice-sr-only">{invoice.number}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
