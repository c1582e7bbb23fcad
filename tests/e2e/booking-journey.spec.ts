import { expect, test, type Browser, type BrowserContext, type TestInfo } from "@playwright/test";
import { confirmBooking, openReview, timeButtons, uniqueClient, type Pick } from "./support/booking";
import { linkIn, waitForMail } from "./support/outbox";
import { shot } from "./support/screenshots";

const SERVICE = "Swedish massage";
const PRICE = "$95.00";
const POLICY = "Free cancellation up to 1 day before your appointment";
const ZONE_LABEL = /\b(EST|EDT|ET)\b|Eastern|New York/;

const journeys: { slug: string; therapist: string }[] = [
  { slug: "named", therapist: "Maya Chen" },
  { slug: "any", therapist: "No preference" },
];

for (const { slug, therapist } of journeys) {
  test(`books ${SERVICE} with ${therapist}, then manages and cancels it from the email`, async ({ page }, testInfo) => {
    const prefix = `journey-${slug}`;
    const client = { ...uniqueClient(testInfo, `journey ${slug}`), note: "Gentle on the left shoulder, please." };
    const pick: Pick = { service: SERVICE, therapist };

    const picked = await openReview(page, testInfo, pick, client, prefix);

    // Review: what, how much, when (in the salon's zone, named) and the policy, before committing.
    const main = page.getByRole("main");
    await expect(main).toContainText(SERVICE);
    await expect(main).toContainText(PRICE);
    await expect(main).toContainText(picked.time);
    await expect(main).toContainText(ZONE_LABEL);
    await expect(main).toContainText(POLICY);
    if (therapist !== "No preference") await expect(main).toContainText(therapist);
    await shot(page, testInfo, `${prefix}-04-review`);

    await confirmBooking(page);
    await expect(main).toContainText(SERVICE);
    await expect(main).toContainText(picked.time);
    await shot(page, testInfo, `${prefix}-05-confirmed`);

    // The confirmation email carries the manage link.
    const mail = await waitForMail(client.email, /confirmed/i);
    expect(mail.subject).toContain(SERVICE);
    expect(mail.text).toContain(picked.time);
    expect(mail.text).toContain(POLICY);
    if (therapist !== "No preference") expect(mail.text).toContain(therapist);
    const manageLink = linkIn(mail, /^\/s\/serenity\/bookings\/[0-9a-f-]{36}$/);

    const response = await page.goto(manageLink);
    expect(response?.status()).toBe(200);
    await expect(main).toContainText(SERVICE);
    await expect(main).toContainText(picked.time);
    await expect(main).toContainText(ZONE_LABEL);
    await shot(page, testInfo, `${prefix}-06-manage`);

    await page.getByRole("button", { name: "Cancel booking" }).click();
    await shot(page, testInfo, `${prefix}-07-cancel-confirm`);
    await page.getByRole("button", { name: "Yes, cancel" }).click();
    await expect(main).toContainText(/cancelled/i);
    await expect(page.getByRole("button", { name: "Cancel booking" })).toHaveCount(0);
    await shot(page, testInfo, `${prefix}-08-cancelled`);

    // It stays cancelled.
    await page.reload();
    await expect(main).toContainText(/cancelled/i);
    await expect(page.getByRole("button", { name: "Cancel booking" })).toHaveCount(0);
  });
}

/** A second, independent browser context with this project's device settings. */
async function secondContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const { viewport, isMobile, hasTouch, deviceScaleFactor, timezoneId, locale, baseURL } = testInfo.project.use;
  return browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, timezoneId, locale, baseURL });
}

test("the same time cannot be booked twice: the late one sees fresh times, not an error", async ({ page, browser }, testInfo) => {
  const pick: Pick = { service: SERVICE, therapist: "Leo Park" };
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

    await pageB.getByRole("button", { name: "Confirm booking" }).click();
    await expect(pageB.getByText(/just booked/i)).toBeVisible();
    await expect(pageB.getByRole("heading", { name: /you.re booked/i })).toHaveCount(0);
    await expect(timeButtons(pageB).first()).toBeVisible();
    await shot(pageB, testInfo, "race-03-b-just-booked");

    // Only the first client got a confirmation.
    await waitForMail(first.email, /confirmed/i);
  } finally {
    await contextB.close();
  }
});
