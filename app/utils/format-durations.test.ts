import { describe, expect, it } from "vitest";
import { formatMinutes } from "./format-durations";

// As a person would say it.
describe("formatMinutes", () => {
  it.each([
    [45, "45 min"],
    [90, "1 h 30"],
    [157, "2 h 37"],
    [180, "3 h"],
  ])("writes %i as %j", (value, text) => expect(formatMinutes(value)).toBe(text));
});
