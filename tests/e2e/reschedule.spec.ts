import { expect, test, type Page } from "@playwright/test";
import { bookThroughPublicFlow, freeDays, plain, timeButtons, uniqueClient } from "./support/booking";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { resetServerTime, setServerTime } from "./support/clock";
import { waitForMail } from "./support/outbox";
import { shot } from "./support/screenshots";

// A client moves their booking from its link, on a phone: "Change time" on the booking's page,
// a day and a time like the booking flow's time step, one confirming button, back to the
// booking with "Moved to …", the deposit untouched and the new time emailed. The same without
// JavaScript; and inside the salon's cancellation window the page says why it can't be moved.

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the client's journey is a phone journey");
});
test.afterEach(async () => {
  await resetServerTime();
});

async function bookedStart(page: Page): Promise<Date> {
  return new Date((await page.getByTestId("booking-summary").locator("time[datetime]").getAttribute("datetime"))!);
}

/** On the reschedule page: a day other than the booked one, and its first time; returns the time's label. */
async function pickNewTime(page: Page, dayIndex: number): Promise<{ day: string; time: string }> {
  const day = freeDays(page).nth(dayIndex);
  const dayName = (await day.getAttribute("aria-label"))!.replace(/, [1-9]\d* times? free$/, "");
  await day.click();
  await expect(page.locator("#times-heading")).toHaveText(dayName);
  const time = timeButtons(page).first();
  const timeName = plain((await time.innerText()).trim());
  await time.click();
  await expect(page.getByRole("heading", { name: "Move your booking to this time?" })).toBeVisible();
  return { day: dayName, time: timeName };
}

/** The third day with free times: at least a full day away whatever the hour, so the booking can still be moved online. */
const MOVABLE_DAY = 2;

test("a client moves their booking to another day from its link", async ({ page }, testInfo) => {
  const client = uniqueClient(testInfo, "reschedule");
  // Two days with free times ahead: tomorrow's first slot may be less than the day's notice away
  // that online changes need (the test would then find no "Change time", depending on the hour it runs).
  await bookThroughPublicFlow(page, testInfo, { service: "Swedish massage", therapist: "Maya Chen", dayIndex: MOVABLE_DAY }, client);
  await expect(page.getByTestId("booking-payments")).toContainText("Deposit held$19.00");
  const before = await bookedStart(page);

  await expect(page.getByTestId("change-time")).toBeVisible();
  await page.getByRole("link", { name: "Change time" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change the time" })).toBeVisible();
  await expect(page.getByTestId("current-time")).toContainText("with Maya Chen");
  await expect(page.getByRole("link", { name: "With Maya Chen" })).toHaveAttribute("aria-current", "true");
  await shot(page, testInfo, "reschedule-01-days");
  await expectNoSeriousA11yViolations(page);

  const picked = await pickNewTime(page, 3);
  await expect(page.getByTestId("new-time")).toContainText(picked.time);
  await expect(page.getByText("Nothing is charged or refunded")).toBeVisible();
  await shot(page, testInfo, "reschedule-02-confirm");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Move my booking" }).click();
  await expect(page.getByTestId("moved-banner")).toBeVisible();
  await expect(page.getByTestId("moved-banner")).toContainText(picked.time);
  const after = await bookedStart(page);
  expect(after.getTime()).not.toBe(before.getTime());
  await expect(page.getByTestId("booking-summary")).toContainText("Maya Chen");
  await expect(page.getByTestId("booking-payments")).toContainText("Deposit held$19.00");
  await shot(page, testInfo, "reschedule-03-moved");

  const mail = await waitForMail(client.email, /^Booking moved: Swedish massage at Serenity Spa, now /);
  expect(plain(mail.text)).toContain(picked.time);
  expect(plain(mail.text)).toContain("Nothing has been charged or refunded");
});

test.describe("without JavaScript", () => {
  test("days, times and the confirming form work as plain links and forms", async ({ browser, page }, testInfo) => {
    const client = uniqueClient(testInfo, "reschedule-nojs");
    await bookThroughPublicFlow(page, testInfo, { service: "Swedish massage", therapist: "Maya Chen", dayIndex: MOVABLE_DAY }, client);
    const manage = page.url();
    const before = await bookedStart(page);

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true, timezoneId: "Europe/Berlin" });
    const noJs = await context.newPage();
    await noJs.goto(manage);
    await noJs.getByRole("link", { name: "Change time" }).click();
    await noJs.getByRole("link", { name: "Any therapist" }).click();
    await expect(noJs.getByRole("link", { name: "Any therapist" })).toHaveAttribute("aria-current", "true");
    const picked = await pickNewTime(noJs, 3);
    await expect(noJs.getByText(/Maya Chen if free, otherwise another therapist/)).toBeVisible();
    await noJs.getByRole("button", { name: "Move my booking" }).click();
    await expect(noJs.getByTestId("moved-banner")).toContainText(picked.time);
    expect((await bookedStart(noJs)).getTime()).not.toBe(before.getTime());
    await shot(noJs, testInfo, "reschedule-nojs-moved");
    await context.close();
  });
});

test("inside the cancellation window the booking's page says why it can't be moved, and the reschedule page refuses", async ({ page }, testInfo) => {
  const client = uniqueClient(testInfo, "reschedule-late");
  await bookThroughPublicFlow(page, testInfo, { service: "Swedish massage", therapist: "Maya Chen" }, client);
  const manage = page.url();
  const startsAt = await bookedStart(page);

  // Twelve hours before the session: Serenity's free window (24 hours) has closed.
  await setServerTime(new Date(startsAt.getTime() - 12 * 3_600_000));
  await page.goto(manage);
  await expect(page.getByTestId("change-time")).toContainText("Online changes close 1 day before your appointment");
  await expect(page.getByRole("link", { name: "Change time" })).toHaveCount(0);
  await shot(page, testInfo, "reschedule-late-manage");

  await page.goto(manage.replace(/\/bookings\/([0-9a-f-]{36})\?/, "/bookings/$1/reschedule?"));
  await expect(page.getByTestId("cannot-move")).toContainText("Online changes close 1 day before your appointment");
  await expect(timeButtons(page)).toHaveCount(0);
});
