import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { addDays } from "~/domain/calendar/local-date";
import { addMonths, instalmentsDueBy, subscriptionInstalments, type BillingSchedule } from "./instalments";
import { splitByLargestRemainder } from "./largest-remainder";

describe("splitByLargestRemainder", () => {
  it("gives the leftover units to the largest remainders, earlier first on ties", () => {
    expectEach(splitByLargestRemainder, [
      [100, [1, 1, 1], [34, 33, 33]],
      [10, [1, 2], [3, 7]],
      [0, [5, 5], [0, 0]],
    ]);
  });

  it("always sums to the total, each part within one unit of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 60 }),
        (total, rawWeights) => {
          const weights = rawWeights.some((weight) => weight > 0) ? rawWeights : [...rawWeights.slice(1), 1];
          const parts = splitByLargestRemainder(total, weights);
          const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
          parts.forEach((part, index) => expect(Math.abs(part - (total * weights[index]) / weightSum)).toBeLessThan(1));
        },
      ),
    );
  });

  it("refuses what cannot be split", () => {
    expect(() => splitByLargestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(5, [0, 0])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(5, [])).toThrow(RangeError);
  });
});

describe("subscriptionInstalments", () => {
  const year = { start: "2026-01-01", end: "2026-12-31" };

  it("bills an annual subscription once, at the start", () => {
    expect(subscriptionInstalments({ priceCents: 300_000, schedule: "ANNUAL", ...year })).toEqual([
      {
        index: 1,
        count: 1,
        dueDate: "2026-01-01",
        amountCents: 300_000,
        serviceStart: "2026-01-01",
        serviceEnd: "2026-12-31",
      },
    ]);
  });

  it("bills quarterly on the first day of each quarter", () => {
    const instalments = subscriptionInstalments({ priceCents: 100_001, schedule: "QUARTERLY", ...year });
    expect(
      instalments.map((instalment) => [instalment.dueDate, instalment.amountCents, instalment.serviceEnd]),
    ).toEqual([
      ["2026-01-01", 25_001, "2026-03-31"],
      ["2026-04-01", 25_000, "2026-06-30"],
      ["2026-07-01", 25_000, "2026-09-30"],
      ["2026-10-01", 25_000, "2026-12-31"],
    ]);
    expect(instalmentsDueBy(instalments, "2026-04-01").map((instalment) => instalment.index)).toEqual([1, 2]);
  });

  it("bills monthly, and a September season crosses the year", () => {
    const instalments = subscriptionInstalments({
      priceCents: 200_000,
      schedule: "MONTHLY",
      start: "2026-09-01",
      end: "2027-08-31",
    });
    expect(instalments).toHaveLength(12);
    expect(instalments[4].dueDate).toBe("2027-01-01");
    expect(instalments[11].serviceEnd).toBe("2027-08-31");
  });

  it("keeps a mid-year subscription's instalments inside its period, pro rata of the days", () => {
    // Quarterly from 1 July: two quarters, never one in January or April of the next year.
    const july = subscriptionInstalments({
      priceCents: 100_000,
      schedule: "QUARTERLY",
      start: "2026-07-01",
      end: "2026-12-31",
      periodStart: "2026-01-01",
    });
    expect(
      july.map((instalment) => [
        instalment.index,
        instalment.count,
        instalment.dueDate,
        instalment.serviceStart,
        instalment.serviceEnd,
        instalment.amountCents,
      ]),
    ).toEqual([
      [1, 2, "2026-07-01", "2026-07-01", "2026-09-30", 50_000],
      [2, 2, "2026-10-01", "2026-10-01", "2026-12-31", 50_000],
    ]);
    // From 16 August: half of a 92-day quarter (47 days), then a full quarter.
    const august = subscriptionInstalments({
      priceCents: 100_000,
      schedule: "QUARTERLY",
      start: "2026-08-16",
      end: "2026-12-31",
      periodStart: "2026-01-01",
    });
    expect(august.map((instalment) => [instalment.dueDate, instalment.serviceEnd])).toEqual([
      ["2026-08-16", "2026-09-30"],
      ["2026-10-01", "2026-12-31"],
    ]);
    expect(august[0].amountCents + august[1].amountCents).toBe(100_000);
    expect(august[0].amountCents).toBe(Math.round((100_000 * 46) / (46 + 92)));
    // Monthly from 15 March: a half March, then April to December.
    const march = subscriptionInstalments({
      priceCents: 95_000,
      schedule: "MONTHLY",
      start: "2026-03-15",
      end: "2026-12-31",
      periodStart: "2026-01-01",
    });
    expect(march).toHaveLength(10);
    expect(march[0]).toMatchObject({ dueDate: "2026-03-15", serviceEnd: "2026-03-31" });
    expect(march.at(-1)).toMatchObject({ dueDate: "2026-12-01", serviceEnd: "2026-12-31" });
  });

  it("never puts an instalment outside the subscription, nor a service period backwards (property)", () => {
    const schedules: BillingSchedule[] = ["ANNUAL", "QUARTERLY", "MONTHLY"];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(...schedules),
        fc.integer({ min: 0, max: 364 }),
        (priceCents, schedule, offset) => {
          const start = addDays("2026-01-01", offset);
          const instalments = subscriptionInstalments({
            priceCents,
            schedule,
            start,
            end: "2026-12-31",
            periodStart: "2026-01-01",
          });
          expect(instalments.reduce((sum, instalment) => sum + instalment.amountCents, 0)).toBe(priceCents);
          expect(instalments[0].serviceStart).toBe(start);
          expect(instalments.at(-1)!.serviceEnd).toBe("2026-12-31");
          for (const [position, instalment] of instalments.entries()) {
            expect(instalment.serviceStart <= instalment.serviceEnd).toBe(true);
            expect(instalment.dueDate >= start && instalment.dueDate <= "2026-12-31").toBe(true);
            if (position > 0) expect(addDays(instalments[position - 1].serviceEnd, 1)).toBe(instalment.serviceStart);
          }
        },
      ),
    );
  });

  it("clamps month ends", () => {
    expectEach(addMonths, [
      ["2026-01-31", 1, "2026-02-28"],
      ["2028-01-31", 1, "2028-02-29"],
      ["2026-11-15", 3, "2027-02-15"],
    ]);
  });

  it("always sums exactly to the price (property)", () => {
    const schedules: BillingSchedule[] = ["ANNUAL", "QUARTERLY", "MONTHLY"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom(...schedules), (priceCents, schedule) => {
        const instalments = subscriptionInstalments({ priceCents, schedule, ...year });
        expect(instalments.reduce((sum, instalment) => sum + instalment.amountCents, 0)).toBe(priceCents);
        const amounts = instalments.map((instalment) => instalment.amountCents);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
        for (let index = 1; index < instalments.length; index += 1)
          expect(instalments[index].dueDate > instalments[index - 1].dueDate).toBe(true);
      }),
    );
  });
});
