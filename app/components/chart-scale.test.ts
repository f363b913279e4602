import { describe, expect, it } from "vitest";
import { expectEach } from "../../tests/support/expect-each";
import { niceScale } from "./chart-scale";

describe("niceScale", () => {
  it("rounds the maximum up to round ticks", () => {
    expectEach(niceScale, [
      [37, { max: 40, ticks: [0, 10, 20, 30, 40] }],
      [8, { max: 8, ticks: [0, 2, 4, 6, 8] }],
      [9, { max: 10, ticks: [0, 2.5, 5, 7.5, 10] }],
      [230, { max: 300, ticks: [0, 100, 200, 300] }],
    ]);
  });

  it("always covers the value and starts at zero", () => {
    for (const value of [0.5, 1, 3, 12.5, 99, 101, 1234]) {
      const { max, ticks } = niceScale(value);
      expect(max).toBeGreaterThanOrEqual(value);
      expect(ticks[0]).toBe(0);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it("has a usable scale for an empty chart", () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
