// The public booking flow, step by step, with the labels the booking UI agreed on.
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { shot } from "./screenshots";

export type Client = { name: string; email: string; phone: string; note?: string };

export type Pick = {
  salon?: string;
  service: string;
  /** A therapist's display name, or "No preference". */
  therapist: string;
  /** Which of the days with free times to take (0 = the first one offered). */
  dayIndex?: number;
};

export type Picked = { day: string; time: string };

/** A client whose email is unique to this run, project and purpose. */
export function uniqueClient(testInfo: TestInfo, purpose: string): Client {
  const stamp = `${Date.now().toString(36)}${testInfo.retry ? `r${testInfo.retry}` : ""}`;
  const tag = `${purpose}-${testInfo.project.name}-${stamp}`.toLowerCase();
  return {
    name: `E2e ${purpose} ${testInfo.project.name} ${stamp}`.replace(/-/g, " "),
    email: `${tag}@e2e.test`,
    phone: "+1 212-555-0199",
  };
}

/** Days with at least one free time, e.g. "Tuesday, November 24, 5 times free". */
export function freeDays(page: Page): Locator {
  return page.getByRole("button", { name: /, [1-9]\d* times? free$/ });
}

/** Time buttons such as "10:00 AM". */
export function timeButtons(page: Page): Locator {
  return page.getByRole("button", { name: /^\d{1,2}:\d{2}\s?[AP]M$/ });
}

// `shots`: a name prefix; with one, each step leaves a screenshot.

/** Opens the salon page and picks a service and a therapist. */
export async function chooseServiceAndTherapist(page: Page, testInfo: TestInfo, pick: Pick, shots?: string): Promise<void> {
  await page.goto(`/s/${pick.salon ?? "serenity"}`);
  if (shots) await shot(page, testInfo, `${shots}-01-salon`);
  // Each service card's "Book" link is named after its service for screen readers.
  await page.getByRole("link", { name: `Book ${pick.service}`, exact: true }).click();
  await page.getByRole("button", { name: pick.therapist }).or(page.getByRole("link", { name: pick.therapist })).first().click();
}

/** Picks a day with free times and its first time; returns their labels. */
export async function chooseDayAndTime(page: Page, testInfo: TestInfo, pick: Pick, shots?: string): Promise<Picked> {
  const day = freeDays(page).nth(pick.dayIndex ?? 0);
  await expect(day).toBeVisible();
  const dayLabel = (await day.getAttribute("aria-label")) ?? (await day.innerText());
  await day.click();
  const time = timeButtons(page).first();
  await expect(time).toBeVisible();
  if (shots) await shot(page, testInfo, `${shots}-02-times`);
  const timeLabel = (await time.innerText()).trim();
  await time.click();
  return { day: dayLabel, time: timeLabel };
}

export async function fillDetails(page: Page, testInfo: TestInfo, client: Client, shots?: string): Promise<void> {
  await page.getByLabel("Full name").fill(client.name);
  await page.getByLabel("Email").fill(client.email);
  await page.getByLabel("Phone").fill(client.phone);
  if (client.note) await page.getByLabel("Note for your therapist (optional)").fill(client.note);
  if (shots) await shot(page, testInfo, `${shots}-03-details`);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Confirm booking" })).toBeVisible();
}

/** From the salon page to the review page. */
export async function openReview(page: Page, testInfo: TestInfo, pick: Pick, client: Client, shots?: string): Promise<Picked> {
  await chooseServiceAndTherapist(page, testInfo, pick, shots);
  const picked = await chooseDayAndTime(page, testInfo, pick, shots);
  await fillDetails(page, testInfo, client, shots);
  return picked;
}

export async function confirmBooking(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { name: /you.re booked/i })).toBeVisible({ timeout: 20_000 });
}

/** The whole flow; returns what was picked. */
export async function bookThroughPublicFlow(page: Page, testInfo: TestInfo, pick: Pick, client: Client, shots?: string): Promise<Picked> {
  const picked = await openReview(page, testInfo, pick, client, shots);
  await confirmBooking(page);
  return picked;
}
