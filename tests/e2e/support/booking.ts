// The public booking flow (/s/<salon> → /book/therapist → /book/time → /book/details →
// /book/review → the booking's page), step by step, through its accessible names.
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { payOnCheckout, TEST_CARD_OK } from "./checkout";
import { shot } from "./screenshots";

export type Client = { name: string; email: string; phone: string; note?: string };

export type Pick = {
  salon?: string;
  service: string;
  /** A therapist's display name, or "No preference". */
  therapist: string;
  /**
   * Which of the days with free times to take. Defaults to 1 (the second one offered): never
   * today, so a slot can't slip under the minimum notice while a test runs.
   */
  dayIndex?: number;
  /** Skip later days with fewer free times than this (a test that books several times in one day). */
  minFreeTimes?: number;
};

/** `day`: "Tuesday, November 24" (en-US) or "Tuesday 24 November" (en-GB); `time`: "10:00 AM" or "10:00", in the salon's zone and locale. */
export type Picked = { day: string; time: string };

/** A client whose email is unique to this run, project, retry and purpose. */
export function uniqueClient(testInfo: TestInfo, purpose: string): Client {
  const stamp = `${Date.now().toString(36)}${testInfo.retry ? `r${testInfo.retry}` : ""}`;
  const slug = `${purpose}-${testInfo.project.name}-${stamp}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const name = `${purpose} ${testInfo.project.name} ${stamp}`.replace(/[^A-Za-z0-9 ]+/g, " ");
  return { name: `E2e ${name}`, email: `${slug}@e2e.test`, phone: "+1 212-555-0199" };
}

/** Day buttons with at least one free time, e.g. "Tuesday, November 24, 5 times free". */
export function freeDays(page: Page): Locator {
  return page.getByRole("button", { name: /, [1-9]\d* times? free$/ });
}

/** Time buttons such as "10:00 AM" (en-US) or "10:00" (a 24-hour locale such as en-GB). */
export function timeButtons(page: Page): Locator {
  return page.getByRole("button", { name: /^\d{1,2}:\d{2}( [AP]M)?$/ });
}

export function bookLink(page: Page, service: string): Locator {
  // Each service card's "Book" link carries its service's name for screen readers.
  return page.getByRole("link", { name: `Book ${service}`, exact: true });
}

// `shots`: a name prefix; with one, each step leaves a screenshot.

/** Opens the salon page and picks a service and a therapist. */
export async function chooseServiceAndTherapist(page: Page, testInfo: TestInfo, pick: Pick, shots?: string): Promise<void> {
  const salon = pick.salon ?? "serenity";
  await page.goto(`/s/${salon}`);
  if (shots) await shot(page, testInfo, `${shots}-01-salon`);
  await bookLink(page, pick.service).click();
  await expect(page).toHaveURL(new RegExp(`/s/${salon}/book/therapist\\?service=`));
  await expect(page.getByRole("heading", { level: 1, name: "Who would you like?" })).toBeVisible();
  if (shots) await shot(page, testInfo, `${shots}-02-therapist`);
  await page.getByRole("link", { name: pick.therapist, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${salon}/book/time\\?`));
}

/** Picks a day with free times and its first time; returns their labels. */
export async function chooseDayAndTime(page: Page, testInfo: TestInfo, pick: Pick, shots?: string): Promise<Picked> {
  const day = await dayToPick(page, pick);
  const dayName = (await day.getAttribute("aria-label"))!.replace(/, [1-9]\d* times? free$/, "");
  await day.click();
  // The times below belong to the chosen day once it shows as pressed and names the list.
  await expect(day).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("heading", { level: 2, name: dayName, exact: true })).toBeVisible();
  const time = timeButtons(page).first();
  await expect(time).toBeVisible();
  if (shots) await shot(page, testInfo, `${shots}-03-times`);
  const timeName = plain((await time.innerText()).trim());
  await time.click();
  await expect(page).toHaveURL(/\/book\/details\?/);
  return { day: dayName, time: timeName };
}

/** The `dayIndex`-th day with free times, or the first after it with at least `minFreeTimes`. */
async function dayToPick(page: Page, pick: Pick): Promise<Locator> {
  const days = freeDays(page);
  const first = pick.dayIndex ?? 1;
  await expect(days.nth(first)).toBeVisible();
  if (!pick.minFreeTimes) return days.nth(first);
  const labels = await days.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
  const index = labels.findIndex((label, i) => i >= first && Number(/, (\d+) times? free$/.exec(label)?.[1] ?? 0) >= pick.minFreeTimes!);
  if (index < 0) throw new Error(`no day with ${pick.minFreeTimes}+ free times among: ${labels.join(" | ")}`);
  return days.nth(index);
}

export async function fillDetails(page: Page, testInfo: TestInfo, client: Client, shots?: string): Promise<void> {
  await page.getByLabel("Full name", { exact: true }).fill(client.name);
  await page.getByLabel("Email", { exact: true }).fill(client.email);
  await page.getByLabel("Phone", { exact: true }).fill(client.phone);
  if (client.note) await page.getByLabel("Note for your therapist (optional)").fill(client.note);
  if (shots) await shot(page, testInfo, `${shots}-04-details`);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/book\/review\?/);
  await expect(confirmButton(page)).toBeVisible();
}

/** The review page's last button: "Pay $19.00 deposit and book", or "Save card and book" with no deposit. */
export function confirmButton(page: Page): Locator {
  return page.getByRole("button", { name: /^(Pay .+ deposit and book|Save card and book)$/ });
}

/** From the salon page to the review page. */
export async function openReview(page: Page, testInfo: TestInfo, pick: Pick, client: Client, shots?: string): Promise<Picked> {
  await chooseServiceAndTherapist(page, testInfo, pick, shots);
  const picked = await chooseDayAndTime(page, testInfo, pick, shots);
  await fillDetails(page, testInfo, client, shots);
  return picked;
}

/** The "You're booked!" banner on the booking's own page, where confirming lands. */
export function bookedBanner(page: Page): Locator {
  return page.getByRole("status").filter({ hasText: "You're booked!" });
}

/** Confirms on the review page and pays the deposit on the hosted checkout page with `card`. */
export async function confirmBooking(page: Page, card = TEST_CARD_OK): Promise<void> {
  await confirmButton(page).click();
  await payOnCheckout(page, card);
  await expect(bookedBanner(page)).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/s\/[a-z0-9-]+\/bookings\/[0-9a-f-]{36}\?/);
}

/** The whole flow; returns what was picked. */
export async function bookThroughPublicFlow(page: Page, testInfo: TestInfo, pick: Pick, client: Client, shots?: string, card?: string): Promise<Picked> {
  const picked = await openReview(page, testInfo, pick, client, shots);
  await confirmBooking(page, card);
  return picked;
}

/** Intl's narrow no-break spaces ("10:00\u202fAM") as plain spaces, as the pages show them. */
export function plain(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ");
}
