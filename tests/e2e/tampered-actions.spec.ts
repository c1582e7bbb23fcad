import { expect, test, type Page } from "@playwright/test";
import { confirmButton, bookThroughPublicFlow, openReview, uniqueClient } from "./support/booking";
import { whenHydrated } from "./support/hydration";
import { signInAsStaff, signOut } from "./support/auth";
import { bookingIdOf, weekWithSessions } from "./support/staff";

// Server actions take their form fields from the browser, so a client can change them at will.
// Pointing a form at another salon's ids must be refused, with nothing booked or cancelled.

async function harborServiceId(page: Page): Promise<string> {
  await page.goto("/s/harbor");
  const href = await page.locator('a[href*="service="]').first().getAttribute("href");
  const id = new URL(href!, "http://x").searchParams.get("service");
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id!;
}

async function setHidden(page: Page, name: string, value: string) {
  await page.locator(`input[type=hidden][name="${name}"]`).evaluate((input, v) => ((input as HTMLInputElement).value = v), value);
}

/** The owner sees every booking of the salon in the calendar's next weeks: the client must not be among them. */
async function expectNotBooked(page: Page, clientName: string) {
  await signInAsStaff(page, "owner@serenity.test");
  await page.goto("/staff/serenity/calendar?view=week");
  for (let week = 0; week < 3; week++) {
    await expect(page.getByRole("heading", { level: 1, name: /^Calendar/ })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(clientName);
    await page.getByRole("link", { name: "Next week" }).click();
  }
  await signOut(page);
}

for (const [what, field, value] of [
  ["another salon's service", "service", "HARBOR_SERVICE"],
  ["another salon's slug", "salon", "harbor"],
] as const) {
  test(`confirming with ${what} in the form books nothing`, async ({ page }, testInfo) => {
    const foreignService = await harborServiceId(page);
    const client = uniqueClient(testInfo, `tamper-${field}`);
    await openReview(page, testInfo, { service: "Swedish massage", therapist: "No preference" }, client);
    const reviewUrl = page.url();
    await whenHydrated(confirmButton(page));
    await setHidden(page, field, value === "HARBOR_SERVICE" ? foreignService : value);
    await confirmButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "We couldn't book this" })).toBeVisible();
    expect(page.url()).toBe(reviewUrl);
    await expectNotBooked(page, client.name);
  });
}

test("cancelling through another salon's slug cancels nothing", async ({ page }, testInfo) => {
  const client = uniqueClient(testInfo, "tamper-cancel");
  await bookThroughPublicFlow(page, testInfo, { service: "Swedish massage", therapist: "No preference" }, client);
  const manageUrl = page.url().replace(/&?new=1/, "");
  await page.goto(manageUrl);
  await (await whenHydrated(page.getByRole("button", { name: "Cancel booking" }))).click();
  await setHidden(page, "salon", "harbor");
  await page.getByRole("button", { name: "Yes, cancel" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not valid" })).toBeVisible();
  await page.goto(manageUrl);
  await expect(page.getByRole("main")).toContainText(/Confirmed/);
  await expect(page.getByRole("main")).not.toContainText(/Cancelled/);
});

test("a staff form pointed at another salon, or at another salon's booking, changes nothing", async ({ page, context }) => {
  await signInAsStaff(page, "owner@harbor.test");
  const harborBooking = await bookingIdOf((await weekWithSessions(page, "harbor")).first());
  await signOut(page);
  await context.clearCookies();

  // Maya's own session, on which she may write notes.
  await signInAsStaff(page, "maya@serenity.test");
  await (await weekWithSessions(page, "serenity", 4, ["CONFIRMED", "COMPLETED"])).first().click();
  await expect(page).toHaveURL(/\/staff\/serenity\/bookings\/[0-9a-f-]{36}$/);
  const briefUrl = page.url();
  const notes = page.getByRole("region", { name: "Treatment notes" });
  const submit = await whenHydrated(notes.getByRole("button", { name: "Add note" }));
  const note = `Tampered note ${Date.now()}`;
  await notes.getByLabel("Add a treatment note").fill(note);

  // The salon's slug in the form is checked against her memberships: Harbor is not hers.
  await setHidden(page, "salon", "harbor");
  await submit.click();
  await expect(notes.getByRole("alert")).toContainText("Salon not found");
  // Her own salon with Harbor's booking id: not found in Serenity.
  await setHidden(page, "salon", "serenity");
  await setHidden(page, "booking", harborBooking);
  await submit.click();
  await expect(notes.getByRole("alert")).toContainText("Booking not found");

  await page.goto(briefUrl);
  await expect(page.getByRole("region", { name: "Treatment notes" })).not.toContainText(note);
});
