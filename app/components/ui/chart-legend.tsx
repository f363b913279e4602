// The key of a chart or a gauge: before each series' name, its colour as a swatch. The swatch is
// hidden from screen readers: the chart's own label or table already says the figures in words.
import { useTranslation } from "~/components/use-translation";
import type { MessageKey } from "~/utils/i18n";

export type LegendEntry = {
  /** The series' colour class (`balance-spent`, `chart-bar-sold`…), the same the chart draws with. */
  swatch: string;
  label: MessageKey;
};

type ChartLegendProps = {
  entries: LegendEntry[];
  /** A list under a gauge, or the caption of the chart's `<figure>`. */
  as: "ul" | "figcaption";
  className: string;
  /** The class every swatch shares (its size and shape). */
  swatchClassName: string;
};

export function ChartLegend({ entries, as: Container, className, swatchClassName }: ChartLegendProps) {
  const { t } = useTranslation();
  const Entry = Container === "ul" ? "li" : "span";
  return (
    <Container className={className}>
      {entries.map((entry) => (
        <Entry key={entry.swatch}>
          <span className={`${swatchClassName} ${entry.swatch}`} aria-hidden="true" /> {t(entry.label)}
        </Entry>
      ))}
    </Container>
  );
}
