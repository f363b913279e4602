import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-workdays";

// Days of the association's length, then hours; never "−0 h 30": less than an hour reads in minutes (issue 11).
describe("formatDuration", () => {
  it.each([
    [420, "1\u202fj"],
    [1890, "4\u202fj 3\u202fh 30"],
    [0, "0\u202fh"],
    [-90, "−1\u202fh 30"],
    [-30, "−30\u202fmin"],
    [45, "45\u202fmin"],
    [450, "1\u202fj 30\u202fmin"],
  ])("writes %i as %j", (value, text) => expect(formatDuration(value)).toBe(text));
});
