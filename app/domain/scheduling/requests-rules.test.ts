import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { bookingImpact, compareInboxRequests, isLateCancellation } from "./requests-rules";

describe("inbox order", () => {
  it("sorts by urgency, then oldest first", () => {
    const at = (iso: string) => new Date(iso);
    const requests = [
      { id: "n-old", urgency: "NORMAL" as const, createdAt: at("2026-01-01") },
      { id: "u-new", urgency: "URGENT" as const, createdAt: at("2026-01-05") },
      { id: "b", urgency: "BLOCKING" as const, createdAt: at("2026-01-06") },
      { id: "u-old", urgency: "URGENT" as const, createdAt: at("2026-01-02") },
    ];
    expect([...requests].sort(compareInboxRequests).map((request) => request.id)).toEqual([
      "b",
      "u-old",
      "u-new",
      "n-old",
    ]);
  });
});

describe("late cancellation", () => {
  const startsAt = new Date("2026-03-10T08:00:00Z");
  it("is late inside the window, or once started", () => {
    expectEach(isLateCancellation, [
      [startsAt, new Date("2026-03-08T08:00:01Z"), 48, true],
      [startsAt, new Date("2026-03-08T08:00:00Z"), 48, false],
      [startsAt, new Date("2026-03-10T09:00:00Z"), 48, true],
    ]);
  });
});

describe("booking impact", () => {
  it("blocks beyond the balance only under the BLOCK policy", () => {
    expect(bookingImpact({ availableMinutes: 100, expectedMinutes: 120, overagePolicy: "BLOCK" })).toEqual({
      availableMinutes: 100,
      availableAfterMinutes: -20,
      blocked: true,
    });
    expect(bookingImpact({ availableMinutes: 100, expectedMinutes: 120, overagePolicy: "BILL" }).blocked).toBe(false);
    expect(bookingImpact({ availableMinutes: 120, expectedMinutes: 120, overagePolicy: "BLOCK" }).blocked).toBe(false);
  });
});
