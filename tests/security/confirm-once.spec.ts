import { expect, test, type Page } from "@playwright/test";
import { confirmButton, bookedBanner, openReview, uniqueClient } from "../e2e/support/booking";
import { payOnCheckout } from "../e2e/support/checkout";
import fs from "node:fs/promises";
import path from "node:path";
import { waitForMail } from "../e2e/support/outbox";
import { OUTBOX_DIR } from "../e2e/support/env";

// Confirming twice makes one booking: a retry after a lost response, Back then Confirm, two tabs.

const BOOKING_URL = /\/s\/serenity\/bookings\/([0-9a-f-]{36})\?/;

function bookingIdOf(page: Page): string {
  const match = BOOKING_URL.exec(page.url());
  if (!match) throw new Error(`not a booking page: ${page.url()}`);
  return match[1]!;
}

async function confirmationsTo(email: string): Promise<number> {
  const names = (await fs.readdir(OUTBOX_DIR)).filter((n) => n.endsWith(".json"));
  const mails = await Promise.all(names.map(async (n) => JSON.parse(await fs.readFile(path.join(OUTBOX_DIR, n), "utf8")) as { to: string; subject: string }));
  return mails.filter((m) => m.to === email && /Booking confirmed/.test(m.subject)).length;
}

/** Confirm, then pay on the hosted checkout page, and land on the booking. */
async function confirmAndLand(page: Page): Promise<string> {
  await confirmButton(page).click();
  return payAndLand(page);
}

async function payAndLand(page: Page): Promise<string> {
  await payOnCheckout(page);
  await expect(bookedBanner(page)).toBeVisible({ timeout: 20_000 });
  return bookingIdOf(page);
}

/** Back past the hosted checkout page, to the review page the client confirmed on. */
async function backToReview(page: Page): Promise<void> {
  // Back lands on the hosted checkout page first (another origin); step past it until we are home.
  for (let step = 0; step < 3; step++) {
    const before = page.url();
    await page.goBack({ waitUntil: "load" });
    // A Back into another origin can resolve before its page commits: wait for the URL to move.
    await expect.poll(() => page.url()).not.toBe(before);
    await page.waitForLoadState("load");
    if (!page.url().includes("/checkout/")) break;
  }
  await expect(page).toHaveURL(/\/s\/serenity\//);
}

/** A held booking's page: back to the same checkout, pay, land. */
async function resumeAndLand(page: Page): Promise<string> {
  await page.getByRole("button", { name: /^Pay .+ deposit$/ }).click();
  return payAndLand(page);
}

test("a confirm retried after its response was lost opens the booking already made", async ({ page }, testInfo) => {
  const client = uniqueClient(testInfo, "retry");
  await openReview(page, testInfo, { service: "Swedish massage", therapist: "Maya Chen" }, client);
  // The first post reaches the server, which books; the browser never hears back.
  let lost = false;
  await page.route("**/book/review?**", async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    await route.fetch({ maxRedirects: 0 });
    await route.fulfill({ status: 502, body: "Bad gateway" });
    lost = true;
  });
  await confirmButton(page).click();
  await expect.poll(() => lost).toBe(true);
  await page.unroute("**/book/review?**");
  await page.reload();
  // The review page knows this draft already holds this time and opens the held booking (which
  // goes on to the same checkout); or the client presses Confirm again.
  if (BOOKING_URL.test(page.url())) await resumeAndLand(page);
  else await confirmAndLand(page);
  const id = bookingIdOf(page);
  await backToReview(page);
  if (await confirmButton(page).isVisible()) expect(await confirmAndLand(page)).toBe(id);
  // One booking, so one confirmation email.
  await waitForMail(client.email, /Booking confirmed/);
  await page.waitForTimeout(1500); // a second email, were there one, would be written by now
  expect(await confirmationsTo(client.email)).toBe(1);
});

test("Back then Confirm again opens the same booking", async ({ page }, testInfo) => {
  const client = uniqueClient(testInfo, "back");
  await openReview(page, testInfo, { service: "Swedish massage", therapist: "No preference" }, client);
  const first = await confirmAndLand(page);
  await backToReview(page);
  const confirm = confirmButton(page);
  if (await confirm.isVisible()) await confirmAndLand(page);
  else await expect(page).toHaveURL(BOOKING_URL);
  expect(bookingIdOf(page)).toBe(first);
});

test("confirming in two tabs makes one booking", async ({ page, context }, testInfo) => {
  const client = uniqueClient(testInfo, "tabs");
  await openReview(page, testInfo, { service: "Swedish massage", therapist: "No preference" }, client);
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(confirmButton(second)).toBeVisible();
  const [a, b] = await Promise.all([confirmAndLand(page), confirmAndLand(second)]);
  expect(a).toBe(b);
});
