import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ItemList } from "~/components/ui/item-list";
import { Link, useLoaderData } from "@remix-run/react";
import { InvoiceStateBadge } from "~/components/invoicing/invoice-state-badge";
import { useTranslation } from "~/components/use-translation";
import { listInvoices } from "~/domain/invoicing/invoice-queries.server";
import { memberCreditCents } from "~/domain/payments/member-account.server";
import { requireUserWithPermission } from "~/utils/auth.server";
import { formatCents } from "~/utils/format-amounts";
import { formatCalendarDate } from "~/utils/format-calendar-dates";
import { loadMessages } from "~/utils/messages/load-messages";
import { pageTitle } from "~/utils/page-title";

await loadMessages("invoicing", "payments");

export const meta: MetaFunction = ({ matches }) => [pageTitle(matches, "title.myInvoices")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "invoices:read-own");
  // Side by side: neither read waits for the other.
  const [invoices, creditCents] = await Promise.all([
    listInvoices(user),
    user.memberId ? memberCreditCents(user.associationId, user.memberId) : 0,
  ]);
  return { invoices, creditCents };
}

export default function MyInvoicesPage() {
  const { invoices, creditCents } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("invoicing.myTitle")}</h1>
      {creditCents > 0 ? (
        <p className="card">{t("payments.member.credit", { amount: formatCents(creditCents, locale) })}</p>
      ) : null}
      <ItemList items={invoices} empty={t("invoicing.empty")} className="card list invoice-cards">
        {(invoice) => (
          <li key={invoice.id}>
            <div className="invoice-card-head">
              <Link to={`/espace-membre/factures/${invoice.id}`}>
                <strong>{invoice.number}</strong>
              </Link>{" "}
              <InvoiceStateBadge state={invoice.state} />
            </div>
            <p className="muted">
              {t(`invoicing.kind.${invoice.kind as "ONE_OFF"}`)} · {t("invoicing.issueDate")}{" "}
              {formatCalendarDate(invoice.issueDate, locale)}
              {invoice.kind !== "CREDIT_NOTE"
                ? ` · ${t("invoicing.dueDate")} ${formatCalendarDate(invoice.dueDate, locale)}`
                : ""}
            </p>
            <p>
              {t("invoicing.col.total")} : <strong>{formatCents(invoice.totalInclTaxCents, locale)}</strong>
              {invoice.kind !== "CREDIT_NOTE" && invoice.openBalanceCents > 0
                ? ` · ${t("invoicing.outstanding")} : ${formatCents(invoice.openBalanceCents, locale)}`
                : ""}
            </p>
            <a href={`/espace-membre/factures/${invoice.id}/pdf`} className="button button-secondary" download>
              {t("invoicing.download")} <span className="invoice-sr-only">{invoice.number}</span>
            </a>
          </li>
        )}
      </ItemList>
    </>
  );
}
