// Axis scale for the small SVG charts: a round maximum and evenly spaced round ticks, so the
// gridlines read "0, 10, 20, 30" rather than "0, 13.7, 27.4".

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^n) ≥ value / count, times count. */
export function niceScale(maxValue: number, tickCount = 4): { max: number; ticks: number[] } {
  if (!(maxValue > 0)) return { max: 1, ticks: [0, 1] };
  const rawStep = maxValue / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rawStep)!;
  const count = Math.ceil(maxValue / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
  return { max: ticks[ticks.length - 1], ticks };
}
