// The one fixed instant of the tests that depend on the day: the browser journeys' server and
// browser clocks (tests/e2e/support/clock.ts) and the integration tests that pin a page's output.
/** Tuesday 24 November 2026, 09:00 in Paris: a working day of the demo technician. */
export const FIXED_INSTANT = "2026-11-24T09:00:00+01:00";
export const FIXED_DAY = "2026-11-24";
