// The statement of account as a table (date, entry, debit, credit, running balance), shared by the
// member's page and the treasurer's view of a member.
import { useTranslation } from "~/components/use-translation";
import type { MemberPaymentInfo, MemberStatement } from "~/domain/payments/statement.server";
import { PayByTransfer } from "./pay-by-transfer";
import { DataTable } from "~/components/ui/data-table";
import { formatCents } from "~/utils/format-amounts";
import { formatCalendarDate } from "~/utils/format-calendar-dates";

export function StatementTable({
  statement,
}: {
  statement: Pick<MemberStatement, "rows" | "balanceCents" | "debitCents" | "creditCents">;
}) {
  const { t, locale } = useTranslation();
  const money = (cents: number) => (cents === 0 ? "" : formatCents(cents, locale));
  const label = (row: MemberStatement["rows"][number]) =>
    row.kind === "invoice"
      ? t("statement.kind.invoice", { number: row.label })
      : row.kind === "creditNote"
        ? t("statement.kind.creditNote", { number: row.label })
        : t(row.kind === "payment" ? "statement.kind.payment" : "statement.kind.paymentReversed", {
            method: row.label,
          });
  const balance = statement.balanceCents;
  return (
    <>
      <p className="stat">
        {balance > 0
          ? t("statement.balanceDue", { amount: formatCents(balance, locale) })
          : balance < 0
            ? t("statement.balanceCredit", { amount: formatCents(-balance, locale) })
            : t("statement.balanceZero")}
      </p>
      <DataTable
        empty={t("statement.empty")}
        rows={statement.rows}
        rowKey={(row, index) => `${row.kind}-${row.label}-${row.date}-${index}`}
        withFooter
        columns={[
          {
            header: t("statement.col.date"),
            nowrap: true,
            cell: (row) => formatCalendarDate(row.date, locale),
            footer: t("treasury.total"),
            footerColSpan: 2,
          },
          {
            header: t("statement.col.label"),
            cell: (row) => (
              <>
                {label(row)}
                {row.reference ? <span className="cell-detail">{row.reference}</span> : null}
              </>
            ),
          },
          {
            header: t("statement.col.debit"),
            numeric: true,
            nowrap: true,
            cell: (row) => money(row.debitCents),
            footer: formatCents(statement.debitCents, locale),
          },
          {
            header: t("statement.col.credit"),
            numeric: true,
            nowrap: true,
            cell: (row) => money(row.creditCents),
            footer: formatCents(statement.creditCents, locale),
          },
          {
            header: t("statement.col.balance"),
            numeric: true,
            nowrap: true,
            cell: (row) => formatCents(row.balanceCents, locale),
            footer: formatCents(balance, locale),
          },
        ]}
      />
    </>
  );
}

/** The body both statement pages share: the PDF link, the table and how to pay by transfer. */
export function StatementBody({
  statement,
  payment,
  pdfHref,
}: {
  statement: MemberStatement;
  payment: MemberPaymentInfo;
  pdfHref: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <a href={pdfHref} className="button button-secondary" download>
          {t("statement.download")}
        </a>
      </p>
      <section className="card">
        <StatementTable statement={statement} />
      </section>
      <PayByTransfer payment={payment} />
    </>
  );
}
