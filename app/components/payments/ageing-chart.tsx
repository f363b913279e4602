// Unpaid amounts per ageing bucket, as a small inline SVG bar chart drawn in the same frame as the
// capacity chart (bar-chart.tsx); the exact figures are in the table.
import { BarChartSvg, type ChartBox } from "~/components/bar-chart";
import { useTranslation } from "~/components/use-translation";
import { AGEING_BUCKETS, type AgeingTotals } from "~/domain/payments/ageing";
import { formatCents, formatWholeEuros } from "~/utils/format-amounts";

const BOX: ChartBox = { width: 520, height: 220, margin: { top: 16, right: 12, bottom: 36, left: 56 } };

export function AgeingChart({ totals }: { totals: AgeingTotals }) {
  const { t, locale } = useTranslation();
  const summary = t("payments.unpaid.chart", {
    summary: AGEING_BUCKETS.map(
      (bucket) => `${t(`payments.unpaid.bucket.${bucket}`)} ${formatCents(totals[bucket].cents, locale)}`,
    ).join(", "),
  });
  return (
    <figure className="capacity-chart payments-ageing-chart">
      <BarChartSvg
        box={BOX}
        summary={summary}
        // Plotted in euros.
        maxValue={Math.max(0, ...AGEING_BUCKETS.map((bucket) => totals[bucket].cents)) / 100}
        tickLabel={(tick) => formatWholeEuros(tick, locale)}
        items={AGEING_BUCKETS}
        itemKey={(bucket) => bucket}
        itemLabel={(bucket) => t(`payments.unpaid.bucket.${bucket}`)}
        bars={(bucket, { center, slot, y }) => {
          const barWidth = Math.min(56, slot * 0.6);
          const euros = totals[bucket].cents / 100;
          return (
            <rect
              x={center - barWidth / 2}
              y={y(euros)}
              width={barWidth}
              height={y(0) - y(euros)}
              className={`payments-bar payments-bar-${bucket}`}
            >
              <title>
                {t("payments.unpaid.barTitle", {
                  bucket: t(`payments.unpaid.bucket.${bucket}`),
                  amount: formatCents(totals[bucket].cents, locale),
                })}
              </title>
            </rect>
          );
        }}
      />
    </figure>
  );
}
