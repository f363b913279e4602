import { describe, expect, it } from "vitest";
import { preferredSlotsOf, RequestSchema } from "./scheduling.schema";

describe("preferred slots", () => {
  it('keeps "Indifférent" as any time of day, not as a full day (issue 11)', () => {
    const input = RequestSchema.parse({
      subject: "Imprimante",
      expectedMinutes: "90",
      urgency: "NORMAL",
      mode: "ON_SITE",
      preferredDate1: "2026-11-30",
      preferredPortion1: "",
      preferredDate2: "2026-12-01",
      preferredPortion2: "FULL_DAY",
    });
    expect(preferredSlotsOf(input)).toEqual([
      { date: "2026-11-30", portion: "ANY" },
      { date: "2026-12-01", portion: "FULL_DAY" },
    ]);
  });
});
