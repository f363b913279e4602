// The statement of account as a table (date, entry, debit, credit, running balance), shared by the
// member's page and the treasurer's view of a member.
import { useTranslation } from "~/components/use-translation";
import type { MemberPaymentInfo, MemberStatement } from "~/domain/payments/statement.server";
import { PayByTransfer } from "./pay-by-transfer";
import { formatCents, formatCalendarDate } from "~/utils/format";

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
      {statement.rows.length === 0 ? (
        <p className="muted">{t("statement.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("statement.col.date")}</th>
                <th scope="col">{t("statement.col.label")}</th>
                <th scope="col" className="number">
                  {t("statement.col.debit")}
                </th>
                <th scope="col" className="number">
                  {t("statement.col.credit")}
                </th>
                <th scope="col" className="number">
                  {t("statement.col.balance")}
                </th>
              </tr>
            </thead>
            <tbody>
              {statement.rows.map((row, index) => (
                <tr key={`${row.kind}-${row.label}-${row.date}-${index}`}>
                  <td className="nowrap">{formatCalendarDate(row.date, locale)}</td>
                  <td>
                    {label(row)}
                    {row.reference ? <span className="cell-detail">{row.reference}</span> : null}
                  </td>
                  <td className="number nowrap">{money(row.debitCents)}</td>
                  <td className="number nowrap">{money(row.creditCents)}</td>
                  <td className="number nowrap">{formatCents(row.balanceCents, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t("treasury.total")}
                </th>
                <td className="number nowrap">{formatCents(statement.debitCents, locale)}</td>
                <td className="number nowrap">{formatCents(statement.creditCents, locale)}</td>
                <td className="number nowrap">{formatCents(balance, locale)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
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
