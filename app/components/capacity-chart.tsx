// Sold vs available days per month, as an inline SVG bar chart (see bar-chart.tsx); the exact
// figures are in the table next to it.
import { formatHalfDaysAsDays } from "~/domain/capacity/half-days";
import { BarChartSvg, type ChartBox } from "./bar-chart";
import { useTranslation } from "./use-translation";
import { intlLocaleOf } from "~/utils/i18n";
import { dateFormatOf } from "~/utils/format-instants";
import { ChartLegend, type LegendEntry } from "~/components/ui/chart-legend";

export type ChartMonth = { month: string; availableHalfDays: number; soldHalfDays: number };

// The top margin leaves the unit ("jours") its own line above the highest tick's label.
const BOX: ChartBox = { width: 720, height: 290, margin: { top: 34, right: 12, bottom: 36, left: 44 } };

const CHART_LEGEND: LegendEntry[] = [
  { swatch: "chart-bar-available", label: "capacity.available" },
  { swatch: "chart-bar-sold", label: "capacity.sold" },
  { swatch: "chart-bar-over", label: "capacity.chart.over" },
];

/** "2026-04" → "avr." in French, "Apr" in English. */
export function monthAbbreviation(month: string, locale: "fr" | "en"): string {
  const date = new Date(`${month}-01T00:00:00.000Z`);
  return dateFormatOf(intlLocaleOf(locale), { month: "short", timeZone: "UTC" }).format(date);
}

function monthName(month: string, locale: "fr" | "en"): string {
  return dateFormatOf(intlLocaleOf(locale), { month: "long", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00.000Z`),
  );
}

export function CapacityChart({ months, periodLabel }: { months: ChartMonth[]; periodLabel: string }) {
  const { t, locale } = useTranslation();
  const intlLocale = intlLocaleOf(locale);
  const days = (halfDays: number) => formatHalfDaysAsDays(halfDays, intlLocale);
  const totalAvailable = months.reduce((sum, month) => sum + month.availableHalfDays, 0);
  const totalSold = months.reduce((sum, month) => sum + month.soldHalfDays, 0);
  // Full month names for screen readers: "janv., févr." would be read letter by letter.
  const overMonths = months
    .filter((month) => month.soldHalfDays > month.availableHalfDays)
    .map((month) => monthName(month.month, locale));
  const summary = [
    t("capacity.chart.summary", { period: periodLabel, available: days(totalAvailable), sold: days(totalSold) }),
    overMonths.length > 0 ? t("capacity.chart.overMonths", { months: overMonths.join(", ") }) : "",
  ]
    .filter(Boolean)
    .join(" ");

  const tickFormat = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 });
  return (
    <figure className="capacity-chart">
      <BarChartSvg
        box={BOX}
        summary={summary}
        // Values are plotted in days (half-days / 2).
        maxValue={Math.max(0, ...months.map((month) => Math.max(month.availableHalfDays, month.soldHalfDays))) / 2}
        tickLabel={(tick) => tickFormat.format(tick)}
        items={months}
        itemKey={(month) => month.month}
        itemLabel={(month) => monthAbbreviation(month.month, locale)}
        bars={(month, { center, slot, y }) => {
          const barWidth = Math.min(22, slot * 0.36);
          const available = month.availableHalfDays / 2;
          const sold = month.soldHalfDays / 2;
          return (
            <>
              <rect
                x={center - barWidth - 1}
                y={y(available)}
                width={barWidth}
                height={y(0) - y(available)}
                className="chart-bar-available"
              >
                <title>{`${monthAbbreviation(month.month, locale)} — ${t("capacity.available")} : ${days(month.availableHalfDays)}`}</title>
              </rect>
              <rect
                x={center + 1}
                y={y(sold)}
                width={barWidth}
                height={y(0) - y(sold)}
                className={
                  month.soldHalfDays > month.availableHalfDays ? "chart-bar-sold chart-bar-over" : "chart-bar-sold"
                }
              >
                <title>{`${monthAbbreviation(month.month, locale)} — ${t("capacity.sold")} : ${days(month.soldHalfDays)}`}</title>
              </rect>
            </>
          );
        }}
      >
        <text x={4} y={BOX.margin.top - 18} className="chart-axis" aria-hidden="true">
          {t("capacity.chart.unit")}
        </text>
      </BarChartSvg>
      <ChartLegend as="figcaption" className="chart-legend" swatchClassName="chart-swatch" entries={CHART_LEGEND} />
    </figure>
  );
}
