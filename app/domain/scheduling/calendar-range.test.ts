import { describe, expect, it } from "vitest";
import { rangeOf } from "./calendar-range";

describe("planning view ranges", () => {
  it("day, Monday-to-Sunday week and whole month, with previous and next", () => {
    expect(rangeOf("jour", "2026-03-29")).toEqual({
      from: "2026-03-29",
      to: "2026-03-29",
      previous: "2026-03-28",
      next: "2026-03-30",
    });
    expect(rangeOf("semaine", "2026-03-29")).toEqual({
      from: "2026-03-23",
      to: "2026-03-29",
      previous: "2026-03-16",
      next: "2026-03-30",
    });
    expect(rangeOf("mois", "2026-02-14")).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
      previous: "2026-01-01",
      next: "2026-03-01",
    });
  });
});
