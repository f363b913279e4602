// The treasurer's home panels: receivables by age (the unpaid page's chart), cash received per
// month, the most overdue members and what is left to invoice. Each chart is one SVG image with a
// spoken summary, and its exact figures sit in a table beside it for screen readers and print.
import { Link } from "@remix-run/react";
import { BarChartSvg, type ChartBox } from "~/components/bar-chart";
import { AgeingChart } from "~/components/payments/ageing-chart";
import { useTranslation } from "~/components/use-translation";
import { DataTable, type Column } from "~/components/ui/data-table";
import { AmountList } from "~/components/ui/amount-list";
import type { treasuryFigures } from "~/domain/dashboard/treasury.server";
import { AGEING_BUCKETS, type AgeingBucket } from "~/domain/payments/ageing";
import { formatCents, formatWholeEuros } from "~/utils/format-amounts";
import { intlLocaleOf } from "~/utils/i18n";
import { dateFormatOf } from "~/utils/format-instants";

type Figures = Awaited<ReturnType<typeof treasuryFigures>>;

const BOX: ChartBox = { width: 620, height: 230, margin: { top: 16, right: 12, bottom: 40, left: 64 } };

function monthLabel(month: string, locale: "fr" | "en") {
  return dateFormatOf(intlLocaleOf(locale), {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/**
 * The chart's axis: thirteen "nov. 25"-long labels overlapped in their 42-unit slots, so the axis
 * prints the month alone ("nov.") and the year on a second line, under the first month and each
 * January only. The table and the spoken summary keep the full "nov. 25".
 */
function axisMonth(month: string, locale: "fr" | "en") {
  return dateFormatOf(intlLocaleOf(locale), { month: "short", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
const axisYear = (month: string, index: number) => (index === 0 || month.endsWith("-01") ? month.slice(0, 4) : null);

export function TreasuryPanels({ figures }: { figures: Figures }) {
  const { t, locale } = useTranslation();
  /** The amount column of the charts' tables (the figures the chart draws). */
  const amountColumn = <Row,>(cents: (row: Row) => number): Column<Row> => ({
    header: t("treasury.col.amount"),
    numeric: true,
    nowrap: true,
    cell: (row) => formatCents(cents(row), locale),
  });
  const cashSummary = t("treasury.cashChart", {
    summary: figures.cash.map((row) => `${monthLabel(row.month, locale)} ${formatCents(row.cents, locale)}`).join(", "),
  });
  return (
    <>
      <section className="card" aria-labelledby="receivables-title">
        <h2 id="receivables-title">{t("treasury.receivables")}</h2>
        <p className="muted">{t("treasury.receivablesHint")}</p>
        <div className="chart-with-table">
          <AgeingChart totals={figures.ageing} />
          <DataTable
            wrapped={false}
            caption={t("treasury.receivables")}
            captionHidden
            rows={AGEING_BUCKETS}
            rowKey={(bucket) => bucket}
            columns={[
              {
                header: t("treasury.col.bucket"),
                rowHeader: true,
                cell: (bucket) => t(`payments.unpaid.bucket.${bucket}`),
              },
              amountColumn((bucket: AgeingBucket) => figures.ageing[bucket].cents),
            ]}
          />
        </div>
      </section>
      <section className="card" aria-labelledby="cash-title">
        <h2 id="cash-title">{t("treasury.cash")}</h2>
        <p className="muted">{t("treasury.cashHint")}</p>
        <figure className="capacity-chart">
          <BarChartSvg
            box={BOX}
            summary={cashSummary}
            maxValue={Math.max(0, ...figures.cash.map((row) => row.cents)) / 100}
            tickLabel={(tick) => formatWholeEuros(tick, locale)}
            items={figures.cash}
            itemKey={(row) => row.month}
            itemLabel={(row) => axisMonth(row.month, locale)}
            itemSubLabel={(row, index) => axisYear(row.month, index)}
            bars={(row, { center, slot, y }) => {
              const width = Math.min(32, slot * 0.6);
              return (
                <rect
                  x={center - width / 2}
                  y={y(row.cents / 100)}
                  width={width}
                  height={y(0) - y(row.cents / 100)}
                  className="payments-bar payments-bar-notDue"
                >
                  <title>{`${monthLabel(row.month, locale)} : ${formatCents(row.cents, locale)}`}</title>
                </rect>
              );
            }}
          />
        </figure>
        <details>
          <summary>
            {t("treasury.col.month")} · {t("treasury.col.amount")}
          </summary>
          <DataTable
            wrapped={false}
            caption={t("treasury.cash")}
            captionHidden
            rows={figures.cash}
            rowKey={(row) => row.month}
            columns={[
              { header: t("treasury.col.month"), rowHeader: true, cell: (row) => monthLabel(row.month, locale) },
              amountColumn((row: Figures["cash"][number]) => row.cents),
            ]}
          />
        </details>
      </section>
      <div className="grid grid-2">
        <section className="card" aria-labelledby="overdue-title">
          <h2 id="overdue-title">{t("treasury.mostOverdue")}</h2>
          <DataTable
            empty={t("treasury.noOverdue")}
            wrapped={false}
            rows={figures.mostOverdue}
            rowKey={(row) => row.memberId}
            columns={[
              {
                header: t("treasury.col.member"),
                rowHeader: true,
                cell: (row) => <Link to={`/structures/${row.memberId}/releve`}>{row.memberName}</Link>,
              },
              {
                header: t("treasury.col.overdue"),
                numeric: true,
                nowrap: true,
                cell: (row) => formatCents(row.overdueCents, locale),
              },
              {
                header: t("treasury.col.oldest"),
                numeric: true,
                nowrap: true,
                cell: (row) => t("treasury.days", { days: row.oldestDays }),
              },
            ]}
          />
        </section>
        {figures.leftToInvoice ? (
          <section className="card" aria-labelledby="left-title">
            <h2 id="left-title">{t("treasury.leftToInvoice")}</h2>
            <p className="muted">{t("treasury.leftToInvoiceHint")}</p>
            <AmountList
              amounts={[
                { label: t("treasury.col.subscribed"), cents: figures.leftToInvoice.subscribedCents },
                { label: t("treasury.col.invoiced"), cents: figures.leftToInvoice.invoicedCents },
                { label: t("treasury.col.left"), cents: figures.leftToInvoice.leftCents, strong: true },
              ]}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
