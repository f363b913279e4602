// Issue 11's 360 px defects, seen by a member on a phone: every tab of the menu is on screen (the
// menu used to scroll sideways with most tabs hidden), and the colleagues table is readable without
// a part cut at the screen's edge.
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/clock";
import { logIn } from "./support/login";

const shots = "tests/.artifacts/screenshots/phone";

test("at 360 px the member sees every tab and the whole colleagues table", async ({ page }) => {
  await logIn(page, "membre@demo.quote-part.test", /\/espace-membre$/);
  const menu = page.getByRole("navigation", { name: "Menu principal" });
  const width = page.viewportSize()!.width;
  for (const link of await menu.getByRole("link").all()) {
    const box = (await link.boundingBox())!;
    expect(box.x, `${await link.textContent()} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${await link.textContent()} ends on screen`).toBeLessThanOrEqual(width);
  }
  await page.screenshot({ path: `${shots}/layout-menu.png`, fullPage: true });

  await menu.getByRole("link", { name: "Mes collègues" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const table = page.locator("table").first();
  const email = table.getByText("membre@demo.quote-part.test");
  const box = (await email.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  const clipped = await table.evaluate(
    (element) => element.parentElement!.scrollWidth > element.parentElement!.clientWidth,
  );
  expect(clipped).toBe(false);
  await expect(menu.getByRole("link", { name: "Mes collègues" })).toHaveClass(/active/);
  await expect(menu.locator("a.active")).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${shots}/layout-collegues.png`, fullPage: true });
});
