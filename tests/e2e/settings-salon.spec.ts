import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff } from "./support/auth";
import { whenHydrated } from "./support/hydration";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { shot } from "./support/screenshots";

// The owner's salon profile and locations: a new tagline shows on the public page at once (and
// is put back, as the other specs expect the demo's); a location is added, refused a bad postal
// code, and deleted while unused; the main location, which has bookings, offers no delete.

const TAGLINE = "Unhurried massage in the heart of Manhattan";

async function saveTagline(page: Page, tagline: string) {
  await page.goto("/staff/serenity/settings/profile");
  const form = page.getByRole("form", { name: "Salon profile" });
  await (await whenHydrated(form.getByLabel("Tagline (optional)"))).fill(tagline);
  await form.getByRole("button", { name: "Save salon profile" }).click();
  await expect(form.getByText("Salon profile saved.")).toBeVisible();
}

test("the owner changes the tagline and clients see it at once, then puts it back", async ({ page }, testInfo) => {
  await signInAsStaff(page, "owner@serenity.test");
  await page.getByRole("link", { name: "Settings" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Salon profile" })).toBeVisible();
  await expect(page.getByTestId("public-url")).toHaveText(/\/s\/serenity$/);
  await expect(page.getByLabel("Salon time zone")).toHaveValue("America/New_York");

  const tagline = `Quiet hands, warm stones (${testInfo.project.name})`;
  await saveTagline(page, tagline);
  await expect(page.getByRole("region", { name: "Recent changes" })).toContainText(`Tagline: ${TAGLINE} → ${tagline}`);
  await shot(page, testInfo, "settings-salon-01-profile");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/s/serenity");
  await expect(page.getByText(tagline)).toBeVisible();
  await expect(page.getByRole("link", { name: "+1 212-555-0142" })).toHaveAttribute("href", "tel:+12125550142");

  await saveTagline(page, TAGLINE);
  await page.goto("/s/serenity");
  await expect(page.getByText(TAGLINE)).toBeVisible();
});

test("the owner adds a location, is told about a bad postal code, and deletes it while unused", async ({ page }, testInfo) => {
  const name = `Serenity Spa — Test ${testInfo.project.name} ${testInfo.retry}`;
  await signInAsStaff(page, "owner@serenity.test");
  await page.goto("/staff/serenity/settings/locations");
  await expect(page.getByRole("heading", { level: 1, name: "Locations" })).toBeVisible();
  await page.getByRole("link", { name: "Add a location" }).click();

  const form = page.getByRole("form", { name: "New location" });
  await (await whenHydrated(form.getByLabel("Name"))).fill(name);
  await form.getByLabel("Street address").fill("88 Atlantic Avenue");
  await form.getByLabel("Town or city").fill("Brooklyn, NY");
  const postalCode = form.getByLabel("Postal code");
  await postalCode.fill("11201;");
  await expect(form.getByLabel("Country")).toHaveValue("US");
  await expect(form.getByLabel("Time zone")).toHaveValue("America/New_York");
  await form.getByRole("button", { name: "Add location" }).click();
  await expect(form.getByRole("alert").first()).toContainText("Please check the highlighted fields");
  await expect(postalCode).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Name")).toHaveValue(name);

  await postalCode.fill("11201");
  await form.getByRole("button", { name: "Add location" }).click();
  await expect(page).toHaveURL(/\/settings\/locations\?done=added$/);
  await expect(page.getByText("Location added.")).toBeVisible();
  const list = page.getByRole("list", { name: "Locations" });
  await expect(list.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Recent changes" })).toContainText(name);
  await shot(page, testInfo, "settings-salon-02-locations");
  await expectNoSeriousA11yViolations(page);

  // The main location has bookings and hours: no delete, and why.
  await list.getByRole("link", { name: "Edit Serenity Spa — Chelsea" }).click();
  await expect(page.getByRole("region", { name: "Delete this location" })).toContainText("cannot be deleted");
  await expect(page.getByRole("button", { name: /^Delete location/ })).toHaveCount(0);

  await page.goto("/staff/serenity/settings/locations");
  await list.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await (await whenHydrated(page.getByRole("button", { name: `Delete location ${name}` }))).click();
  await expect(page).toHaveURL(/\/settings\/locations\?done=deleted$/);
  await expect(page.getByText("Location deleted.")).toBeVisible();
  await expect(list.getByRole("heading", { name })).toHaveCount(0);
});
