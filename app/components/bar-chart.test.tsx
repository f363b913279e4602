import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { expectContainsAll } from "../../tests/support/expect-each";
import { BarChartSvg } from "./bar-chart";

const box = { width: 220, height: 140, margin: { top: 10, right: 10, bottom: 30, left: 10 } };

describe("BarChartSvg", () => {
  it("draws round gridlines, one slot per item with its label, and the bars on the shared y scale", () => {
    const html = renderToStaticMarkup(
      <BarChartSvg
        box={box}
        summary="Deux barres"
        maxValue={7}
        tickLabel={(tick) => `${tick} j`}
        items={[
          { name: "a", value: 4 },
          { name: "b", value: 7 },
        ]}
        itemKey={(item) => item.name}
        itemLabel={(item) => item.name.toUpperCase()}
        bars={(item, { center, slot, y }) => (
          <rect data-name={item.name} x={center} width={slot} y={y(item.value)} height={y(0) - y(item.value)} />
        )}
      />,
    );
    expect(html).toContain('aria-label="Deux barres"');
    // niceScale(7) → 0, 2, 4, 6, 8; the plot is 100 high, so one unit is 12.5.
    expect([...html.matchAll(/class="chart-axis">([^<]*) j</g)].map((match) => match[1])).toEqual([
      "0",
      "2",
      "4",
      "6",
      "8",
    ]);
    expectContainsAll(html, [
      '<rect data-name="a" x="60" width="100" y="60" height="50">',
      '<rect data-name="b" x="160" width="100" y="22.5" height="87.5">',
      '<text x="160" y="126" text-anchor="middle" class="chart-axis">B</text>',
      '<line x1="10" x2="210" y1="110" y2="110" class="chart-baseline" aria-hidden="true">',
    ]);
  });
});
