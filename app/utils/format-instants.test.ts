import { describe, expect, it } from "vitest";
import { dateFormatOf } from "./format-instants";

describe("dateFormatOf", () => {
  it("builds one formatter per language and options, and formats as Intl does", () => {
    const april = new Date("2026-04-01T00:00:00.000Z");
    const short = dateFormatOf("fr-FR", { month: "short", timeZone: "UTC" });
    expect(dateFormatOf("fr-FR", { month: "short", timeZone: "UTC" })).toBe(short);
    expect(short.format(april)).toBe("avr.");
    expect(dateFormatOf("en-GB", { month: "short", timeZone: "UTC" }).format(april)).toBe("Apr");
    expect(dateFormatOf("fr-FR", { month: "long", timeZone: "UTC" }).format(april)).toBe("avril");
  });
});
