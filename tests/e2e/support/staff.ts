import { expect, type Locator, type Page } from "@playwright/test";

// The staff calendar in the browser: the time grid on a desktop, the agenda list on a phone.

/** Links from the calendar to session briefs, as shown in this viewport; only those of `statuses` if given. */
export function briefLinks(page: Page, statuses?: string[]): Locator {
  // Calendar links carry their status; other links to bookings (such as "New booking") do not.
  if (!statuses) return page.locator('main a[href*="/bookings/"][data-status]:visible');
  return page.locator(statuses.map((s) => `main a[href*="/bookings/"][data-status="${s}"]:visible`).join(", "));
}

/** The salon's calendar in week view, moved on week by week (up to `weeks`) until it shows a session. */
export async function weekWithSessions(page: Page, salon: string, weeks = 4, statuses?: string[]): Promise<Locator> {
  await page.goto(`/staff/${salon}/calendar?view=week`);
  for (let i = 0; i < weeks; i++) {
    await expect(page.getByRole("heading", { level: 1, name: /^Calendar/ })).toBeVisible();
    if ((await briefLinks(page, statuses).count()) > 0) return briefLinks(page, statuses);
    await page.getByRole("link", { name: "Next week" }).click();
  }
  throw new Error(`no sessions at ${salon} in ${weeks} weeks`);
}

/** The booking id of a brief link's href (/staff/<salon>/bookings/<id>). */
export async function bookingIdOf(link: Locator): Promise<string> {
  const id = (await link.getAttribute("href"))?.split("/").pop();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id!;
}
