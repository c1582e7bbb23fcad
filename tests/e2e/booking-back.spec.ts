import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { confirmBooking, openReview, uniqueClient } from "./support/booking";
import { shot } from "./support/screenshots";
import { whenHydrated } from "./support/hydration";

// Back after confirming: the client went time → details → review → Stripe → their booking.
// Going back through those pages must lead to the booking just made, never to a form that
// offers to book the same time again.

const BOOKING_PAGE = /\/s\/harbor\/bookings\/[0-9a-f-]{36}\?/;

async function back(page: Page): Promise<void> {
  // A page restored from the back/forward cache fires no load event: wait for the commit only.
  await page.goBack({ waitUntil: "commit" });
}

async function bookThenGoBack(page: Page, testInfo: TestInfo, shots?: string): Promise<void> {
  const client = uniqueClient(testInfo, "back");
  await openReview(page, testInfo, { salon: "harbor", service: "Swedish massage", therapist: "Sam Taylor" }, client, shots);
  if (shots) await shot(page, testInfo, `${shots}-05-review`);
  await confirmBooking(page);
  const booking = new URL(page.url()).pathname;

  // Back: Stripe's checkout page (loaded again it says "Payment complete"; from the
  // back/forward cache it is the filled-in form as it was left).
  await back(page);
  await expect(page).toHaveURL(/\/checkout\/cs_/);

  // Back: the review step, which opens the booking it made.
  await back(page);
  await expect(page).toHaveURL(BOOKING_PAGE);
  expect(new URL(page.url()).pathname).toBe(booking);
  await expect(page.getByTestId("already-booked")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Swedish massage" })).toBeVisible();

  // Back: the details step of that time, which now opens the booking too.
  await back(page);
  await expect(page).toHaveURL(BOOKING_PAGE);
  expect(new URL(page.url()).pathname).toBe(booking);
  await expect(page.getByTestId("already-booked")).toBeVisible();
  await expect(page.getByLabel("Full name", { exact: true })).toHaveCount(0);
  if (shots) await shot(page, testInfo, `${shots}-07-after-back`);

  // Further back: picking a time again is fine (a new choice, not a repeat of this one).
  await back(page);
  await expect(page).toHaveURL(/\/s\/harbor\/book\/time\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Pick a day and time" })).toBeVisible();
}

test("Back from the booking leads to the booking, not to its details form", async ({ page }, testInfo) => {
  await bookThenGoBack(page, testInfo, "harbor-back");
});

test("with the browser's back/forward cache on, Back from the booking still leads to the booking", async ({ playwright, baseURL }, testInfo) => {
  // Playwright turns Chromium's back/forward cache off by default; real browsers keep it on.
  const { viewport, isMobile, hasTouch, deviceScaleFactor, timezoneId, locale, launchOptions } = testInfo.project.use;
  const browser = await playwright.chromium.launch({ ...launchOptions, ignoreDefaultArgs: ["--disable-back-forward-cache"] });
  try {
    const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch, deviceScaleFactor, timezoneId, locale });
    await bookThenGoBack(await context.newPage(), testInfo);
  } finally {
    await browser.close();
  }
});

test("a booking step restored from the back/forward cache asks the server again", async ({ page }) => {
  await page.goto("/s/harbor/book");
  await page.getByRole("link", { name: "Book Swedish massage", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Who would you like?" })).toBeVisible();
  await whenHydrated(page.getByRole("link", { name: "Sam Taylor", exact: true }));
  await page.evaluate(() => Object.assign(window, { stale: true }));
  // What the browser fires when it shows a page from its back/forward cache: the page reloads.
  const reloaded = page.waitForEvent("load");
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
  await reloaded;
  expect(await page.evaluate(() => "stale" in window)).toBe(false);
  await expect(page.getByRole("heading", { level: 1, name: "Who would you like?" })).toBeVisible();
});
