import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signInAsStaff, signOut } from "./support/auth";
import { whenHydrated } from "./support/hydration";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { shot } from "./support/screenshots";

// The owner's loyalty dashboard on the demo data: definitions on focus and tap, a filter by
// therapist kept in the URL, a CSV of what the page shows; a therapist gets their own figures
// and no money; screenshots at desktop, tablet and phone widths.

test("the owner reads the dashboard, narrows it to one therapist and downloads a table", async ({ page }, testInfo) => {
  await signInAsStaff(page, "owner@serenity.test");
  await page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Loyalty dashboard" })).toBeVisible();
  for (const heading of ["Clients", "Rebooking", "Visits", "Satisfaction", "Reliability of the calendar", "Money", "By therapist"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  // Demo data tells a story: figures, not "No data", for the basics.
  await expect(page.getByTestId("metric-returning")).not.toContainText("No data");
  await expect(page.getByTestId("metric-satisfaction")).toContainText("of 5");
  await expect(page.getByRole("table", { name: /Retention by month of first visit/ })).toBeVisible();

  // The definition is the info button's description: read on focus, shown on tap.
  const info = await whenHydrated(page.getByRole("button", { name: "What “Returning clients” means" }));
  await info.focus();
  await expect(page.getByRole("tooltip", { name: /first completed session at the salon was before the period/ })).toBeVisible();
  const tip = page.getByRole("tooltip", { name: /first completed session at the salon was before the period/ });
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await info.click();
  await expect(info).toHaveAttribute("aria-expanded", "true");
  await expect(tip).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(info).toHaveAttribute("aria-expanded", "false");

  await shot(page, testInfo, "insights-01-owner");
  await expectNoSeriousA11yViolations(page);

  if (testInfo.project.name === "desktop") {
    await page.setViewportSize({ width: 820, height: 1180 });
    await shot(page, testInfo, "insights-02-tablet");
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  const filters = page.getByRole("form", { name: "Dashboard filters" });
  await filters.getByLabel("Therapist").selectOption({ label: "Maya Chen" });
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/therapist=[0-9a-f-]{36}/);
  await expect(page.getByText("Maya Chen's sessions")).toBeVisible();
  const byTherapist = page.getByTestId("panel-therapists");
  await expect(byTherapist).toContainText("Maya Chen");
  await expect(byTherapist).not.toContainText("Leo Park");

  const [download] = await Promise.all([page.waitForEvent("download"), byTherapist.getByRole("link", { name: /Download CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^serenity-therapists-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toContain("Therapist,Sessions,Utilisation (%)");
  expect(csv).toContain("Maya Chen");
  expect(csv).not.toContain("Leo Park");
});

test("a therapist sees only their own figures and cannot open the owner's pages", async ({ page }, testInfo) => {
  await signInAsStaff(page, "maya@serenity.test");
  await page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "My figures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My figures" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Dashboard filters" }).getByLabel("Therapist")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "Money" })).toHaveCount(0);
  await expect(page.getByTestId("panel-therapists")).toContainText("Maya Chen");
  await expect(page.getByTestId("panel-therapists")).not.toContainText("Ana Souza");
  await shot(page, testInfo, "insights-03-therapist");

  // Asking for another therapist in the URL still shows Maya's own figures (the integration test tries Leo's id).
  await page.goto(`${page.url()}?therapist=00000000-0000-4000-8000-000000000000`);
  await expect(page.getByTestId("panel-therapists")).toContainText("Maya Chen");

  // Her own figures as CSV; another salon's, or an unknown table, are not found.
  const own = await page.request.get("/staff/serenity/insights/export?table=therapists");
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain("Maya Chen");
  expect((await page.request.get("/staff/harbor/insights/export?table=headline")).status()).toBe(404);
  expect((await page.request.get("/staff/serenity/insights/export?table=passwords")).status()).toBe(404);

  const response = await page.goto("/staff/serenity/settings/policies");
  expect(response?.status()).toBe(404);
  await signOut(page);
});
