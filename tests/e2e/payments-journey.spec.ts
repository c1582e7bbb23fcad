import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { bookThroughPublicFlow, uniqueClient, type Client } from "./support/booking";
import { TEST_CARD_DECLINES_LATER, TEST_CARD_OK } from "./support/checkout";
import { resetServerTime, setServerTime } from "./support/clock";
import { linkIn, waitForMail } from "./support/outbox";
import { signInAsStaff, signOut } from "./support/auth";
import { whenHydrated } from "./support/hydration";
import { shot } from "./support/screenshots";

// Pay after the session, in the browser on a phone: the deposit on the hosted checkout page,
// the therapist marking the session completed, the client tipping on the receipt page and
// paying; and a card that saves but is declined later, ending in the owner's list.

const BOOKING_ID = /\/s\/serenity\/bookings\/([0-9a-f-]{36})\?/;

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the client's journey is a phone journey");
});
test.afterEach(async () => {
  await resetServerTime();
});

/** Books `service` with Maya Chen, paying its deposit (or saving the card) with `card`; returns the booking's id and start. */
async function bookAndPay(page: Page, testInfo: TestInfo, client: Client, { service, card, deposit }: { service: string; card: string; deposit: string }, shots: string) {
  await bookThroughPublicFlow(page, testInfo, { service, therapist: "Maya Chen" }, client, shots, card);
  const id = BOOKING_ID.exec(page.url())![1]!;
  await expect(page.getByTestId("booking-payments")).toContainText(`Deposit held${deposit}`);
  await shot(page, testInfo, `${shots}-06-booked`);
  const startsAt = new Date((await page.locator("time[datetime]").first().getAttribute("datetime"))!);
  await waitForMail(client.email, /^Booking confirmed/);
  return { id, startsAt };
}

/** The session is over (the server's clock moves past it) and Maya marks it completed. */
async function therapistCompletes(page: Page, testInfo: TestInfo, booking: { id: string; startsAt: Date }, shots: string) {
  await setServerTime(new Date(booking.startsAt.getTime() + 90 * 60_000));
  await signInAsStaff(page, "maya@serenity.test");
  await page.goto(`/staff/serenity/bookings/${booking.id}`);
  await (await whenHydrated(page.getByRole("button", { name: "Mark completed" }))).click();
  await expect(page.getByTestId("balance-status")).toHaveText("In review window");
  await shot(page, testInfo, `${shots}-07-completed`);
  await signOut(page);
}

async function openReceiptFromEmail(page: Page, client: Client, service: string) {
  const mail = await waitForMail(client.email, /^Your receipt from Serenity Spa/);
  await page.goto(linkIn(mail, /^\/s\/serenity\/bookings\/[0-9a-f-]{36}\/receipt$/));
  await expect(page.getByRole("heading", { level: 1, name: service })).toBeVisible();
}

test("book with a deposit, tip 18% on the receipt after the session, and pay", async ({ page }, testInfo) => {
  const client = uniqueClient(testInfo, "pay-journey");
  const booking = await bookAndPay(page, testInfo, client, { service: "Swedish massage", card: TEST_CARD_OK, deposit: "$19.00" }, "pay");
  await therapistCompletes(page, testInfo, booking, "pay");

  await openReceiptFromEmail(page, client, "Swedish massage");
  await expect(page.getByTestId("receipt-status")).toContainText(/^\$76\.00 will be charged to your saved card in (23 hours \d+ minutes|24 hours)/);
  await expect(page.getByTestId("receipt-lines")).toContainText("Deposit paid at booking−$19.00");
  await shot(page, testInfo, "pay-08-receipt");

  await (await whenHydrated(page.getByText("18%", { exact: true }))).click();
  await expect(page.getByTestId("tip-total")).toHaveText("Total to pay: $93.10 (including a $17.10 tip)");
  await shot(page, testInfo, "pay-09-tip");
  await page.getByRole("button", { name: "Pay $93.10 now" }).click();
  await expect(page.getByTestId("receipt-status")).toContainText("Paid. Thank you!");
  await expect(page.getByTestId("receipt-status")).toContainText("$93.10 was charged to your card after the session.");
  await expect(page.getByTestId("receipt-tip")).toContainText("Tip (paid)$17.10");
  await expect(page.getByTestId("receipt-due")).toContainText("$0.00");
  await expect(page.getByRole("button", { name: /now$/ })).toHaveCount(0);
  await shot(page, testInfo, "pay-10-paid");
  await waitForMail(client.email, /^Paid: Swedish massage at Serenity Spa/);
});

test("a card that is declined after the session ends in the owner's list of unpaid balances", async ({ page }, testInfo) => {
  const client = uniqueClient(testInfo, "declined-journey");
  // No deposit on this service: the card is only saved, which this test card allows; charging it later fails.
  const booking = await bookAndPay(page, testInfo, client, { service: "Express back & shoulders", card: TEST_CARD_DECLINES_LATER, deposit: "$0.00" }, "declined");
  await therapistCompletes(page, testInfo, booking, "declined");

  await openReceiptFromEmail(page, client, "Express back & shoulders");
  await (await whenHydrated(page.getByRole("button", { name: "Pay $55.00 now" }))).click();
  await expect(page.getByTestId("receipt-notice")).toContainText("Your card didn't go through");
  await expect(page.getByTestId("receipt-status")).toContainText("Your card was declined");
  await expect(page.getByRole("button", { name: "Pay $55.00 with a card" })).toBeVisible();
  await shot(page, testInfo, "declined-08-receipt");
  await waitForMail(client.email, /^Your card was declined/);

  await signInAsStaff(page, "owner@serenity.test");
  await page.goto("/staff/serenity/payments");
  const unpaid = page.getByTestId("owed-heading");
  await expect(unpaid.getByRole("listitem").filter({ hasText: client.name })).toContainText("$55.00 · Declined, retry scheduled");
  await shot(page, testInfo, "declined-09-owner-list");
});
