// The key figures above a page's detail (days available and sold, a balance, the invoices to issue):
// each figure large, its name under it, side by side in a grid that wraps on a phone.
import type { ReactNode } from "react";

export type Stat = {
  value: ReactNode;
  label: ReactNode;
  /** Shown under the label: a warning that goes with this figure ("over capacity"). */
  note?: ReactNode;
};

type StatCardsProps = {
  stats: Stat[];
  /** The grid's classes (`grid grid-3`, `grid grid-3 stat-grid`…). */
  className: string;
  /** Each figure's box: a `card`, a `stat-card`, or none inside a card that already frames them. */
  cardClassName?: string;
};

export function StatCards({ stats, className, cardClassName }: StatCardsProps) {
  return (
    <div className={className}>
      {stats.map((stat, index) => (
        <div key={index} className={cardClassName}>
          <p className="stat">{stat.value}</p>
          <p className="stat-label">{stat.label}</p>
          {stat.note ?? null}
        </div>
      ))}
    </div>
  );
}
