// The frame of the small inline SVG bar charts (no chart library): one slot per item, a y axis on a
// round scale (niceScale) with gridlines and labels, the item's label under its slot, a baseline.
// The SVG is one image with a spoken summary; each chart draws its own bars and keeps the exact
// figures in a table beside it.
import type { ReactNode } from "react";
import { niceScale } from "./chart-scale";

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** Where a slot's bars go: its centre and width, and the y coordinate of a value. */
export interface SlotGeometry {
  center: number;
  slot: number;
  y: (value: number) => number;
}

export function BarChartSvg<Item>(props: {
  box: ChartBox;
  summary: string;
  /** The largest value plotted, in the unit of the axis. */
  maxValue: number;
  tickLabel: (tick: number) => string;
  items: readonly Item[];
  itemKey: (item: Item) => string;
  itemLabel: (item: Item) => string;
  /** An optional second line under the label (e.g. the year under January), so labels stay short. */
  itemSubLabel?: (item: Item, index: number) => string | null;
  bars: (item: Item, geometry: SlotGeometry) => ReactNode;
  /** Drawn last, over the chart (e.g. the unit of the axis). */
  children?: ReactNode;
}) {
  const { width, height, margin } = props.box;
  const { max, ticks } = niceScale(props.maxValue);
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const slot = plotWidth / Math.max(1, props.items.length);
  const y = (value: number) => margin.top + plotHeight - (value / max) * plotHeight;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.summary} preserveAspectRatio="xMidYMid meet">
      <title>{props.summary}</title>
      {ticks.map((tick) => (
        <g key={tick} aria-hidden="true">
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text x={margin.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-axis">
            {props.tickLabel(tick)}
          </text>
        </g>
      ))}
      {props.items.map((item, index) => {
        const center = margin.left + slot * index + slot / 2;
        return (
          <g key={props.itemKey(item)} aria-hidden="true">
            {props.bars(item, { center, slot, y })}
            <text x={center} y={height - margin.bottom + 16} textAnchor="middle" className="chart-axis">
              {props.itemLabel(item)}
            </text>
            {props.itemSubLabel?.(item, index) ? (
              <text x={center} y={height - margin.bottom + 30} textAnchor="middle" className="chart-axis">
                {props.itemSubLabel(item, index)}
              </text>
            ) : null}
          </g>
        );
      })}
      <line
        x1={margin.left}
        x2={width - margin.right}
        y1={y(0)}
        y2={y(0)}
        className="chart-baseline"
        aria-hidden="true"
      />
      {props.children}
    </svg>
  );
}
