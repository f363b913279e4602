// Unpaid amounts per ageing bucket, as a small inline SVG bar chart on the same axis scale as the
// capacity chart (niceScale). One image with a spoken summary; the exact figures are in the table.
import { niceScale } from "~/components/chart-scale";
import { useTranslation } from "~/components/use-translation";
import { AGEING_BUCKETS, type AgeingTotals } from "~/domain/payments/ageing";
import { formatCents } from "~/utils/format";

const WIDTH = 520;
const HEIGHT = 220;
const MARGIN = { top: 16, right: 12, bottom: 36, left: 56 };

export function AgeingChart({ totals }: { totals: AgeingTotals }) {
  const { t, locale } = useTranslation();
  const intlLocale = locale === "fr" ? "fr-FR" : "en-GB";
  const summary = t("payments.unpaid.chart", {
    summary: AGEING_BUCKETS.map((bucket) => `${t(`payments.unpaid.bucket.${bucket}`)} ${formatCents(totals[bucket].cents, locale)}`).join(", "),
  });
  // Plotted in euros.
  const { max, ticks } = niceScale(Math.max(0, ...AGEING_BUCKETS.map((bucket) => totals[bucket].cents)) / 100);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / AGEING_BUCKETS.length;
  const barWidth = Math.min(56, slot * 0.6);
  const y = (value: number) => MARGIN.top + plotHeight - (value / max) * plotHeight;
  return (
    <figure className="capacity-chart payments-ageing-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} preserveAspectRatio="xMidYMid meet">
        <title>{summary}</title>
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-axis">
              {new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 0 }).format(tick)} €
            </text>
          </g>
        ))}
        {AGEING_BUCKETS.map((bucket, index) => {
          const center = MARGIN.left + slot * index + slot / 2;
          const euros = totals[bucket].cents / 100;
          return (
            <g key={bucket} aria-hidden="true">
              <rect x={center - barWidth / 2} y={y(euros)} width={barWidth} height={y(0) - y(euros)} className={`payments-bar payments-bar-${bucket}`}>
                <title>{`${t(`payments.unpaid.bucket.${bucket}`)} : ${formatCents(totals[bucket].cents, locale)}`}</title>
              </rect>
              <text x={center} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" className="chart-axis">
                {t(`payments.unpaid.bucket.${bucket}`)}
              </text>
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} className="chart-baseline" aria-hidden="true" />
      </svg>
    </figure>
  );
}
