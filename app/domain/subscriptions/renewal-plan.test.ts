import { describe, expect, it } from "vitest";
import { planRenewal, type RenewalSource } from "./renewal-plan";

const source = (memberId: string, overrides: Partial<RenewalSource> = {}): RenewalSource => ({
  memberId,
  memberName: `Structure ${memberId}`,
  memberStatus: "ACTIVE",
  shareHalves: 2,
  billingSchedule: "ANNUAL",
  status: "ACTIVE",
  priceCents: 190000,
  ...overrides,
});

describe("planRenewal", () => {
  it("carries active subscriptions over at the current share price", () => {
    const plan = planRenewal(
      [source("a", { shareHalves: 3, billingSchedule: "MONTHLY" }), source("b")],
      new Set(),
      210000,
    );
    expect(plan.lines).toEqual([
      {
        memberId: "a",
        memberName: "Structure a",
        shareHalves: 3,
        billingSchedule: "MONTHLY",
        previousPriceCents: 190000,
        priceCents: 315000,
      },
      {
        memberId: "b",
        memberName: "Structure b",
        shareHalves: 2,
        billingSchedule: "ANNUAL",
        previousPriceCents: 190000,
        priceCents: 210000,
      },
    ]);
    expect(plan.totalShareHalves).toBe(5);
    expect(plan.totalPriceCents).toBe(525000);
  });

  it("skips members who left and members already subscribed, and ignores cancelled subscriptions", () => {
    const plan = planRenewal(
      [
        source("left", { memberStatus: "LEFT" }),
        source("done"),
        source("cancelled", { status: "CANCELLED" }),
        source("prospect", { memberStatus: "PROSPECT" }),
      ],
      new Set(["done"]),
      200000,
    );
    expect(plan.lines.map((line) => line.memberId)).toEqual(["prospect"]);
    expect(plan.skipped).toEqual([
      { memberId: "left", memberName: "Structure left", reason: "left" },
      { memberId: "done", memberName: "Structure done", reason: "alreadySubscribed" },
    ]);
  });
});
