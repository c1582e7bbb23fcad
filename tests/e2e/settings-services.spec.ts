import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, signOut } from "./support/auth";
import { whenHydrated } from "./support/hydration";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { shot } from "./support/screenshots";

// The owner changes a service's price and the public page shows it at once; the order of the
// list is the public page's. Everything is put back at the end, as the other specs expect the
// demo's Swedish massage at $95.00 and the services in their seeded order.

const SERVICES = "/staff/serenity/settings/services";

async function setPrice(page: Page, service: string, price: string) {
  await page.goto(SERVICES);
  await page.getByRole("link", { name: `Edit ${service}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: service })).toBeVisible();
  const form = page.getByRole("form", { name: "Edit service" });
  await (await whenHydrated(form.getByLabel("Price (USD)"))).fill(price);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Service saved.")).toBeVisible();
  await expect(form.getByLabel("Price (USD)")).toHaveValue(price);
}

const publicCard = (page: Page, service: string) => page.getByRole("article", { name: service });

test("the owner changes a service's price and the public page shows it at once", async ({ page }, testInfo) => {
  await signInAsStaff(page, "owner@serenity.test");
  await page.getByRole("link", { name: "Settings" }).first().click();
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Services" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
  const swedish = page.getByRole("article", { name: /Swedish massage/ });
  await expect(swedish).toContainText("$95.00");
  await expect(swedish).toContainText("Open for booking");
  await shot(page, testInfo, "settings-services-01-list");
  await expectNoSeriousA11yViolations(page);

  try {
    await setPrice(page, "Swedish massage", "105.00");
    await shot(page, testInfo, "settings-services-02-edit");
    await expectNoSeriousA11yViolations(page);

    await page.goto("/s/serenity");
    await expect(publicCard(page, "Swedish massage")).toContainText("$105.00");

    await page.goto(SERVICES);
    await expect(page.getByRole("region", { name: "Recent changes" })).toContainText("Price: $95.00 → $105.00");
  } finally {
    await setPrice(page, "Swedish massage", "95.00");
  }
  await page.goto("/s/serenity");
  await expect(publicCard(page, "Swedish massage")).toContainText("$95.00");
});

test("moving a service up changes the public page's order; a therapist cannot open the services settings", async ({ page }) => {
  await signInAsStaff(page, "owner@serenity.test");
  await page.goto(SERVICES);
  const names = async () => (await page.getByRole("list", { name: "Services in booking-page order" }).getByRole("heading", { level: 2 }).allTextContents()).map((t) => t.replace(/^\d+\.\s*/, ""));
  const before = await names();
  expect(before.slice(0, 2)).toEqual(["Swedish massage", "Deep tissue massage"]);

  try {
    await (await whenHydrated(page.getByRole("button", { name: /move Deep tissue massage up/ }))).click();
    await expect.poll(names).toEqual([before[1], before[0], ...before.slice(2)]);
    // At the top now: Up is disabled, and focus stays on the row's other button.
    await expect(page.getByRole("button", { name: /move Deep tissue massage up/ })).toBeDisabled();
    await expect(page.getByRole("button", { name: /move Deep tissue massage down/ })).toBeFocused();

    await page.goto("/s/serenity");
    await expect(page.getByRole("region", { name: "Services" }).getByRole("heading", { level: 3 }).first()).toHaveText("Deep tissue massage");
  } finally {
    await page.goto(SERVICES);
    await (await whenHydrated(page.getByRole("button", { name: /move Deep tissue massage down/ }))).click();
    await expect.poll(names).toEqual(before);
  }
  await signOut(page);

  await signInAsStaff(page, "maya@serenity.test");
  const response = await page.goto(SERVICES);
  expect(response?.status()).toBe(404);
});
