import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import { parseShareHalves, shareHalvesToInput } from "./form-numbers";

describe("parseShareHalves", () => {
  it("reads whole and half shares, with a comma or a dot", () => {
    expectEach(parseShareHalves, [
      ["1,5", { ok: true, value: 3 }],
      ["1.5", { ok: true, value: 3 }],
      [" 2 ", { ok: true, value: 4 }],
      ["0,5", { ok: true, value: 1 }],
      ["3,50", { ok: true, value: 7 }],
      ["2,0", { ok: true, value: 4 }],
    ]);
  });

  it("refuses zero, quarters and anything that is not a number", () => {
    expectEach(parseShareHalves, [
      ["0", { ok: false, error: "subscriptions.errors.sharesZero" }],
      ["0,0", { ok: false, error: "subscriptions.errors.sharesZero" }],
      ["1,25", { ok: false, error: "subscriptions.errors.sharesHalf" }],
      ["1,3", { ok: false, error: "subscriptions.errors.sharesHalf" }],
      ["-1", { ok: false, error: "subscriptions.errors.sharesFormat" }],
      ["deux", { ok: false, error: "subscriptions.errors.sharesFormat" }],
      ["", { ok: false, error: "subscriptions.errors.sharesFormat" }],
      ["1 000", { ok: false, error: "subscriptions.errors.sharesFormat" }],
    ]);
  });

  it("round-trips every half-share count through the form field", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (halves) => {
        expect(parseShareHalves(shareHalvesToInput(halves))).toEqual({ ok: true, value: halves });
      }),
    );
  });
});
