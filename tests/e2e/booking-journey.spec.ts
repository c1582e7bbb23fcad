import { expect, test, type Browser, type BrowserContext, type TestInfo } from "@playwright/test";
import { bookedBanner, confirmBooking, confirmButton, openReview, plain, timeButtons, uniqueClient, type Pick } from "./support/booking";
import { linkIn, waitForMail } from "./support/outbox";
import { whenHydrated } from "./support/hydration";
import { shot } from "./support/screenshots";

const SERVICE = "Swedish massage";
const PRICE = "$95.00";
const POLICY = "Cancel at least 1 day before your appointment and your deposit is refunded in full";
const DEPOSIT = "$19.00";
const ZONE_LABEL = /New York time \((EST|EDT)\)/;

const journeys = [
  { slug: "named", therapist: "Maya Chen", shownAs: "Maya Chen" },
  { slug: "any", therapist: "No preference", shownAs: "First available therapist" },
];

for (const { slug, therapist, shownAs } of journeys) {
  test(`books ${SERVICE} with ${therapist}, then opens it from the email and cancels it`, async ({ page }, testInfo) => {
    const prefix = `journey-${slug}`;
    const client = { ...uniqueClient(testInfo, `journey ${slug}`), note: "Gentle on the left shoulder, please." };
    const pick: Pick = { service: SERVICE, therapist };
    const main = page.getByRole("main");

    const picked = await openReview(page, testInfo, pick, client, prefix);

    // Review: what, with whom, when (in the salon's zone, named), how much, and the policy.
    await expect(page.getByRole("heading", { level: 1, name: "Review and confirm" })).toBeVisible();
    await expect(main).toContainText(SERVICE);
    await expect(main).toContainText(shownAs);
    await expect(main).toContainText(`${picked.day}, `);
    await expect(main).toContainText(picked.time);
    await expect(main).toContainText(ZONE_LABEL);
    await expect(main).toContainText(PRICE);
    await expect(page.getByRole("region", { name: "Payment and cancellation" })).toContainText(POLICY);
    await expect(page.getByRole("region", { name: "Payment and cancellation" })).toContainText(`Today you pay a deposit of ${DEPOSIT}`);
    await expect(main).toContainText(client.email);
    await expect(main).toContainText(client.note);
    await shot(page, testInfo, `${prefix}-05-review`);

    await confirmBooking(page);
    await expect(page.getByRole("heading", { level: 1, name: SERVICE })).toBeVisible();
    await expect(main).toContainText(picked.time);
    await expect(main).toContainText(/Confirmed/);
    await shot(page, testInfo, `${prefix}-06-booked`);
    const bookedUrl = new URL(page.url());

    // The confirmation email carries the manage link, for this very booking.
    const mail = await waitForMail(client.email, /^Booking confirmed/);
    const text = plain(mail.text);
    expect(mail.subject).toBe(`Booking confirmed: ${SERVICE} at Serenity Spa`);
    expect(text).toContain(`${picked.day}, `);
    expect(text).toContain(picked.time);
    expect(text).toContain(POLICY);
    if (therapist !== "No preference") expect(text).toContain(`with ${therapist}`);
    const manageLink = new URL(linkIn(mail, /^\/s\/serenity\/bookings\/[0-9a-f-]{36}$/));
    expect(manageLink.pathname).toBe(bookedUrl.pathname);

    const response = await page.goto(manageLink.toString());
    expect(response?.status()).toBe(200);
    await expect(bookedBanner(page)).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: SERVICE })).toBeVisible();
    await expect(main).toContainText(`${picked.day}, `);
    await expect(main).toContainText(picked.time);
    await expect(main).toContainText(ZONE_LABEL);
    await expect(main).toContainText(client.name);
    if (therapist !== "No preference") await expect(main).toContainText(therapist);
    await shot(page, testInfo, `${prefix}-07-manage`);

    await (await whenHydrated(page.getByRole("button", { name: "Cancel booking" }))).click();
    await expect(page.getByRole("form", { name: "Cancel this booking?" })).toBeVisible();
    await page.getByLabel("Reason (optional)").fill("Plans changed");
    await shot(page, testInfo, `${prefix}-08-cancel-confirm`);
    await page.getByRole("button", { name: "Yes, cancel" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your booking is cancelled" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Cancelled" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Cancel booking" })).toHaveCount(0);
    await shot(page, testInfo, `${prefix}-09-cancelled`);

    // It stays cancelled, and the link still opens it.
    await page.goto(manageLink.toString());
    await expect(main).toContainText(/Cancelled/);
    await expect(page.getByRole("region", { name: "Cancelled" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Cancel booking" })).toHaveCount(0);
  });
}

/** A second, independent browser (its own cookies) with this project's device settings. */
async function secondContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const { viewport, isMobile, hasTouch, deviceScaleFactor, timezoneId, locale, baseURL } = testInfo.project.use;
  return browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, timezoneId, locale, baseURL });
}

test("the same time cannot be booked twice: the later client sees fresh times, not an error", async ({ page, browser }, testInfo) => {
  // Both projects (and a retry) book two times that day: pick one with room for all of them.
  const pick: Pick = { service: SERVICE, therapist: "Leo Park", minFreeTimes: 8 };
  const first = uniqueClient(testInfo, "race a");
  const second = uniqueClient(testInfo, "race b");

  const contextB = await secondContext(browser, testInfo);
  try {
    const pageB = await contextB.newPage();
    // Both reach the review page for the same time before either confirms.
    const pickedA = await openReview(page, testInfo, pick, first);
    const pickedB = await openReview(pageB, testInfo, pick, second);
    expect(pickedB).toEqual(pickedA);
    await shot(pageB, testInfo, "race-01-b-review");

    await confirmBooking(page);
    await shot(page, testInfo, "race-02-a-booked");

    await confirmButton(pageB).click();
    const notice = pageB.getByRole("alert").filter({ hasText: "That time was just booked" });
    await expect(notice).toBeVisible();
    await expect(bookedBanner(pageB)).toHaveCount(0);
    // Fresh times for the same day, without the one just taken.
    await expect(pageB.getByRole("heading", { level: 2, name: pickedA.day, exact: true })).toBeVisible();
    await expect(timeButtons(pageB).first()).toBeVisible();
    await expect(pageB.getByRole("button", { name: pickedA.time, exact: true })).toHaveCount(0);
    await shot(pageB, testInfo, "race-03-b-just-booked");

    // B's details were kept: another time is two clicks away.
    await timeButtons(pageB).first().click();
    await expect(pageB.getByLabel("Email", { exact: true })).toHaveValue(second.email);
    await pageB.getByRole("button", { name: "Continue" }).click();
    await confirmBooking(pageB);

    await waitForMail(first.email, /^Booking confirmed/);
    await waitForMail(second.email, /^Booking confirmed/);
  } finally {
    await contextB.close();
  }
});
