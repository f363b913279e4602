import { describe, expect, it } from "vitest";
import { expectEach } from "../../../tests/support/expect-each";
import type { z } from "zod";
import { eurosField, optionalEurosField } from "./euro-amount.schema";

const messagesOf = (result: z.SafeParseReturnType<unknown, unknown>) =>
  result.success ? [] : result.error.issues.map((issue) => issue.message);

describe("euro amount fields", () => {
  it("reads a required amount as integer cents, with its own messages when absent or malformed", () => {
    const field = eurosField("x.amount", "errors.required");
    expect(field.parse("2 000,10 €")).toBe(200010);
    expectEach(messagesOf, [
      [field.safeParse("12,345"), ["x.amount"]],
      [field.safeParse(undefined), ["errors.required"]],
      [eurosField("x.amount").safeParse(undefined), ["x.amount"]],
    ]);
  });

  it("reads a blank optional amount as null", () => {
    const field = optionalEurosField("x.price");
    expect(field.parse(undefined)).toBeNull();
    expect(field.parse("  ")).toBeNull();
    expect(field.parse("150")).toBe(15000);
    expect(messagesOf(field.safeParse("-3"))).toEqual(["x.price"]);
  });
});
