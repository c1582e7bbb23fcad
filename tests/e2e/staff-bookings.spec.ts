import { expect, test, type Page } from "@playwright/test";
import { freeDays, plain, timeButtons, uniqueClient } from "./support/booking";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAsStaff, signOut } from "./support/auth";
import { payOnCheckout } from "./support/checkout";
import { linkIn, waitForMail } from "./support/outbox";
import { shot } from "./support/screenshots";

// Bookings made and moved by staff, in the browser: the owner takes a booking by phone for a new
// client (service, therapist, day and time, the client's details), the client pays the deposit
// from the emailed link, and the owner moves the session to another therapist and time; the
// client is emailed the new time.

/** The `n`-th day with free times, once its times show, and its first time; returns the time's label. */
async function pickDayAndTime(page: Page, n: number): Promise<string> {
  const day = freeDays(page).nth(n);
  const dayName = (await day.getAttribute("aria-label"))!.replace(/, [1-9]\d* times? free$/, "");
  await day.click();
  await expect(page.locator("#times-heading")).toHaveText(dayName);
  const time = plain((await timeButtons(page).first().innerText()).trim());
  await timeButtons(page).first().click();
  return time;
}

test("the owner books a new client by phone, the client pays from the email, the owner moves it to another therapist", async ({ page }, testInfo) => {
  const client = uniqueClient(testInfo, "phone-booking");
  await signInAsStaff(page, "owner@serenity.test");
  await page.getByRole("link", { name: "New booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New booking" })).toBeVisible();
  const swedish = await page.locator("select[name=service] option", { hasText: /^Swedish massage/ }).getAttribute("value");
  await page.getByRole("combobox", { name: "Service" }).selectOption(swedish!);
  await page.getByRole("button", { name: "Show therapists" }).click();
  await page.getByRole("navigation", { name: "Therapist" }).getByRole("link", { name: "Maya Chen" }).click();
  await expect(page.getByRole("heading", { name: "2. Time with Maya Chen" })).toBeVisible();
  const time = await pickDayAndTime(page, 2);
  await expect(page.getByRole("heading", { name: "3. Client" })).toBeVisible();

  // Nobody by that name yet: a new client.
  await page.getByRole("searchbox", { name: "Find a client" }).fill(client.name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/No client matches/)).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(client.name);
  await page.getByLabel("Email", { exact: true }).fill(client.email);
  await page.getByLabel("Phone", { exact: true }).fill(client.phone);
  await shot(page, testInfo, "staff-booking-01-new");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Hold the time and email the client" }).click();

  await expect(page.getByTestId("booked-by-phone")).toBeVisible();
  await expect(page.getByTestId("hold-until")).toBeVisible();
  const brief = page.url().replace(/\?.*$/, "");
  await shot(page, testInfo, "staff-booking-02-held");
  await signOut(page);

  // The client opens the emailed link and pays the deposit.
  const request = await waitForMail(client.email, /^Please confirm your booking: Swedish massage at Serenity Spa$/);
  await page.goto(linkIn(request, /^\/s\/serenity\/bookings\/[0-9a-f-]{36}$/));
  await expect(page.getByTestId("held-booking")).toContainText(/holding this time for you until \w+day/);
  await page.getByRole("button", { name: "Pay $19.00 deposit" }).click();
  await payOnCheckout(page);
  await expect(page.getByRole("status").filter({ hasText: "You're booked!" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("booking-summary")).toContainText(time);

  // The owner moves it to Leo.
  await signInAsStaff(page, "owner@serenity.test");
  await page.goto(brief);
  await page.getByRole("link", { name: "Move to another time or therapist" }).click();
  const leo = page.getByRole("navigation", { name: "Therapist" }).getByRole("link", { name: "Leo Park" });
  await leo.click();
  await expect(leo).toHaveAttribute("aria-current", "true");
  const newTime = await pickDayAndTime(page, 3);
  await expect(page.getByRole("heading", { name: /^Move to .* with Leo Park\?$/ })).toBeVisible();
  await shot(page, testInfo, "staff-booking-03-move");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Move booking and email the client" }).click();
  await expect(page.getByTestId("moved-by-staff")).toBeVisible();
  await expect(page.locator("main header")).toContainText("with Leo Park");
  await expect(page.locator("main header")).toContainText(newTime);
  await shot(page, testInfo, "staff-booking-04-moved");

  const moved = await waitForMail(client.email, /^Booking moved: Swedish massage at Serenity Spa, now /);
  expect(plain(moved.text)).toContain("with Leo Park");
});
