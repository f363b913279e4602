import { describe, expect, it } from "vitest";
import { currentStatus, isRejection, timelineOrder } from "./lifecycle-status";

const at = (iso: string) => new Date(iso);

describe("lifecycle statuses", () => {
  it("keeps the furthest status current whatever order they arrived in", () => {
    const deposited = { code: "200", occurredAt: at("2026-11-24T08:00:00Z") };
    const received = { code: "202", occurredAt: at("2026-11-24T08:05:00Z") };
    const available = { code: "203", occurredAt: at("2026-11-24T08:10:00Z") };
    expect(currentStatus([available, deposited, received])?.code).toBe("203");
    expect(currentStatus([deposited, received, available])?.code).toBe("203");
  });

  it("lets a rejection win over a status that arrives after it", () => {
    const rejected = { code: "213", occurredAt: at("2026-11-24T09:00:00Z") };
    const lateReceived = { code: "202", occurredAt: at("2026-11-24T08:05:00Z") };
    expect(currentStatus([rejected, lateReceived])?.code).toBe("213");
    expect(isRejection("213") && isRejection("210") && isRejection("501")).toBe(true);
    expect(isRejection("212")).toBe(false);
  });

  it("orders the timeline by date, then by progress for the same instant", () => {
    const same = at("2026-11-24T08:00:00Z");
    const ordered = timelineOrder([
      { code: "212", occurredAt: at("2026-11-30T10:00:00Z") },
      { code: "202", occurredAt: same },
      { code: "200", occurredAt: same },
    ]);
    expect(ordered.map((event) => event.code)).toEqual(["200", "202", "212"]);
  });

  it("has no current status without events", () => {
    expect(currentStatus([])).toBeNull();
  });
});
