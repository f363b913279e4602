// The browser journeys' fixed instant for integration tests that pin a page's output: the clock is
// shifted (scripts/fixed-clock.ts, the one documented way) before the app's modules read the time,
// and put back after the file. Call it with top-level await before importing any app module.
import { afterAll } from "vitest";
import { FIXED_INSTANT } from "./fixed-instant";

export { FIXED_DAY } from "./fixed-instant";

export async function fixTheClock() {
  const RealDate = globalThis.Date;
  process.env.QUOTE_PART_CLOCK = FIXED_INSTANT;
  await import("../../scripts/fixed-clock");
  afterAll(() => {
    globalThis.Date = RealDate;
    delete process.env.QUOTE_PART_CLOCK;
  });
}
