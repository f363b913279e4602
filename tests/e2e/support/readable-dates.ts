// People read dates as "mardi 1 décembre", never as "2026-12-01" (issue 11). Checks the page's
// visible text and the labels of its choices; field values (an <input type="date">) are not text.
import { expect, type Page } from "@playwright/test";

const RAW_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

export async function expectNoRawDates(page: Page) {
  const text = await page.locator("main").innerText();
  const options = await page.locator("main select option").allTextContents();
  const found = [text, ...options]
    .join("\n")
    .split("\n")
    .filter((line) => RAW_DATE.test(line));
  expect(found, "lines showing a raw ISO date").toEqual([]);
}
