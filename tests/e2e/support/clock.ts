// The fixed clock of every browser journey: Tuesday 24 November 2026, 09:00 in Paris, a working day
// of the demo technician (Monday to Wednesday). playwright.config.ts starts the server with
// QUOTE_PART_CLOCK set to this instant (scripts/fixed-clock.ts); `test` below sets the browser's
// clock to the same instant, so the page and the server agree on "today". Both clocks then tick.
import { expect, test as base } from "@playwright/test";
import { FIXED_INSTANT } from "../../support/fixed-instant";

export const E2E_CLOCK = FIXED_INSTANT;

export const test = base.extend({
  page: async ({ page }, provide) => {
    await page.clock.install({ time: new Date(E2E_CLOCK) });
    // The browser holds only the message areas its pages name (ADR 023); translate() logs any
    // text whose area was not loaded. Every journey fails on one, naming the key.
    const unloaded: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("is not loaded")) unloaded.push(message.text());
    });
    await provide(page);
    expect(unloaded, "texts whose message area the page did not load").toEqual([]);
  },
});

export { expect };
