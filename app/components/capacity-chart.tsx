// Sold vs available days per month, as an inline SVG bar chart (no chart library). The SVG is
// one image with a spoken summary; the exact figures are in the table next to it.
import { formatHalfDaysAsDays } from "~/domain/capacity/half-days";
import { niceScale } from "./chart-scale";
import { useTranslation } from "./use-translation";

export type ChartMonth = { month: string; availableHalfDays: number; soldHalfDays: number };

const WIDTH = 720;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 12, bottom: 36, left: 44 };

/** "2026-04" → "avr." in French, "Apr" in English. */
export function monthAbbreviation(month: string, locale: "fr" | "en"): string {
  const date = new Date(`${month}-01T00:00:00.000Z`);
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { month: "short", timeZone: "UTC" }).format(date);
}

function monthName(month: string, locale: "fr" | "en"): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { month: "long", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00.000Z`));
}

export function CapacityChart({ months, periodLabel }: { months: ChartMonth[]; periodLabel: string }) {
  const { t, locale } = useTranslation();
  const intlLocale = locale === "fr" ? "fr-FR" : "en-GB";
  const days = (halfDays: number) => formatHalfDaysAsDays(halfDays, intlLocale);
  const totalAvailable = months.reduce((sum, month) => sum + month.availableHalfDays, 0);
  const totalSold = months.reduce((sum, month) => sum + month.soldHalfDays, 0);
  // Full month names for screen readers: "janv., févr." would be read letter by letter.
  const overMonths = months.filter((month) => month.soldHalfDays > month.availableHalfDays).map((month) => monthName(month.month, locale));
  const summary = [
    t("capacity.chart.summary", { period: periodLabel, available: days(totalAvailable), sold: days(totalSold) }),
    overMonths.length > 0 ? t("capacity.chart.overMonths", { months: overMonths.join(", ") }) : "",
  ]
    .filter(Boolean)
    .join(" ");

  // Values are plotted in days (half-days / 2).
  const { max, ticks } = niceScale(Math.max(0, ...months.map((month) => Math.max(month.availableHalfDays, month.soldHalfDays))) / 2);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, months.length);
  const barWidth = Math.min(22, slot * 0.36);
  const y = (value: number) => MARGIN.top + plotHeight - (value / max) * plotHeight;

  return (
    <figure className="capacity-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} preserveAspectRatio="xMidYMid meet">
        <title>{summary}</title>
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-axis">
              {new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 }).format(tick)}
            </text>
          </g>
        ))}
        {months.map((month, index) => {
          const center = MARGIN.left + slot * index + slot / 2;
          const available = month.availableHalfDays / 2;
          const sold = month.soldHalfDays / 2;
          return (
            <g key={month.month} aria-hidden="true">
              <rect x={center - barWidth - 1} y={y(available)} width={barWidth} height={y(0) - y(available)} className="chart-bar-available">
                <title>{`${monthAbbreviation(month.month, locale)} — ${t("capacity.available")} : ${days(month.availableHalfDays)}`}</title>
              </rect>
              <rect
                x={center + 1}
                y={y(sold)}
                width={barWidth}
                height={y(0) - y(sold)}
                className={month.soldHalfDays > month.availableHalfDays ? "chart-bar-sold chart-bar-over" : "chart-bar-sold"}
              >
                <title>{`${monthAbbreviation(month.month, locale)} — ${t("capacity.sold")} : ${days(month.soldHalfDays)}`}</title>
              </rect>
              <text x={center} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" className="chart-axis">
                {monthAbbreviation(month.month, locale)}
              </text>
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} className="chart-baseline" aria-hidden="true" />
        <text x={4} y={MARGIN.top - 4} className="chart-axis" aria-hidden="true">
          {t("capacity.chart.unit")}
        </text>
      </svg>
      <figcaption className="chart-legend">
        <span>
          <span className="chart-swatch chart-bar-available" aria-hidden="true" /> {t("capacity.available")}
        </span>
        <span>
          <span className="chart-swatch chart-bar-sold" aria-hidden="true" /> {t("capacity.sold")}
        </span>
        <span>
          <span className="chart-swatch chart-bar-over" aria-hidden="true" /> {t("capacity.chart.over")}
        </span>
      </figcaption>
    </figure>
  );
}
