import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseShareHalves, shareHalvesToInput } from "./form-numbers";

describe("parseShareHalves", () => {
  it("reads whole and half shares, with a comma or a dot", () => {
    expect(parseShareHalves("1,5")).toEqual({ ok: true, value: 3 });
    expect(parseShareHalves("1.5")).toEqual({ ok: true, value: 3 });
    expect(parseShareHalves(" 2 ")).toEqual({ ok: true, value: 4 });
    expect(parseShareHalves("0,5")).toEqual({ ok: true, value: 1 });
    expect(parseShareHalves("3,50")).toEqual({ ok: true, value: 7 });
    expect(parseShareHalves("2,0")).toEqual({ ok: true, value: 4 });
  });

  it("refuses zero, quarters and anything that is not a number", () => {
    expect(parseShareHalves("0")).toEqual({ ok: false, error: "subscriptions.errors.sharesZero" });
    expect(parseShareHalves("0,0")).toEqual({ ok: false, error: "subscriptions.errors.sharesZero" });
    expect(parseShareHalves("1,25")).toEqual({ ok: false, error: "subscriptions.errors.sharesHalf" });
    expect(parseShareHalves("1,3")).toEqual({ ok: false, error: "subscriptions.errors.sharesHalf" });
    expect(parseShareHalves("-1")).toEqual({ ok: false, error: "subscriptions.errors.sharesFormat" });
    expect(parseShareHalves("deux")).toEqual({ ok: false, error: "subscriptions.errors.sharesFormat" });
    expect(parseShareHalves("")).toEqual({ ok: false, error: "subscriptions.errors.sharesFormat" });
    expect(parseShareHalves("1 000")).toEqual({ ok: false, error: "subscriptions.errors.sharesFormat" });
  });

  it("round-trips every half-share count through the form field", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (halves) => {
        expect(parseShareHalves(shareHalvesToInput(halves))).toEqual({ ok: true, value: halves });
      }),
    );
  });
});
