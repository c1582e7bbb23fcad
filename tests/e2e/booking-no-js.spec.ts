import { expect, test, type Page } from "@playwright/test";
import { bookLink, freeDays, timeButtons } from "./support/booking";
import { shot } from "./support/screenshots";

// The time step without JavaScript: its days and times are in the server's HTML (no loading
// skeleton waiting for a script), days, times and "Later days" are plain GET forms and links,
// and it speaks the salon's locale (Harbor: en-GB, a 24-hour clock).

test.use({ javaScriptEnabled: false });

const BRITISH_DAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+$/;

async function openTimeStep(page: Page, therapist: string): Promise<void> {
  await page.goto("/s/harbor");
  await expect(page.getByRole("link", { name: "My bookings" })).toHaveAttribute("href", "/account");
  await bookLink(page, "Swedish massage").click();
  await expect(page.getByRole("heading", { level: 1, name: "Who would you like?" })).toBeVisible();
  await page.getByRole("link", { name: therapist, exact: true }).click();
  await expect(page).toHaveURL(/\/s\/harbor\/book\/time\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Pick a day and time" })).toBeVisible();
}

test("the time step shows days and times without JavaScript, and a time leads to the details step", async ({ page }, testInfo) => {
  await openTimeStep(page, "Sam Taylor");
  await expect(page.getByText("Finding free times…")).toHaveCount(0);
  await expect(freeDays(page).first()).toBeVisible();
  await expect(timeButtons(page).first()).toBeVisible();
  // en-GB: "14:30", never "2:30 PM"; the day named the British way.
  for (const name of await timeButtons(page).allInnerTexts()) expect(name.trim()).toMatch(/^\d{2}:\d{2}$/);
  await expect(page.getByTestId("zone-note")).toContainText(/London time \((GMT|BST)\)/);
  await expect(page.locator("#times-heading")).toHaveText(BRITISH_DAY);
  // Sam works Monday to Friday: his weekend days say so rather than "Full".
  await expect(page.getByRole("button", { name: /, not working$/ }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /, not working$/ }).first()).toBeDisabled();
  await shot(page, testInfo, "harbor-time-no-js");

  // Another day: a GET form, answered by a full page.
  const day = freeDays(page).nth(1);
  const dayName = (await day.getAttribute("aria-label"))!.replace(/, [1-9]\d* times? free$/, "");
  await day.click();
  await expect(freeDays(page).nth(1)).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("#times-heading")).toHaveText(dayName);

  const time = timeButtons(page).first();
  const timeName = (await time.innerText()).trim();
  await time.click();
  await expect(page).toHaveURL(/\/s\/harbor\/book\/details\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  await expect(page.getByTestId("choice-summary")).toContainText(timeName);
  await expect(page.getByTestId("choice-summary")).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}/);
  await expect(page.getByTestId("choice-summary")).toContainText("£70.00");
});

test("later days up to the salon's horizon, without JavaScript; a salon's closed days say Closed", async ({ page }, testInfo) => {
  await openTimeStep(page, "No preference");
  // Nobody works at Harbor on Sundays.
  await expect(page.getByRole("button", { name: /^Sunday .*, closed$/ }).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "More days" }).getByRole("link", { name: /Earlier days/ })).toHaveCount(0);
  const firstRange = await page.getByTestId("day-range").innerText();

  // Harbor books 60 days ahead: five windows of 14 days (the last one shorter), all with free times.
  const ranges = [firstRange];
  for (let i = 0; i < 4; i++) {
    await page.getByRole("link", { name: /Later days/ }).click();
    await expect(page.getByTestId("day-range")).not.toHaveText(ranges.at(-1)!);
    ranges.push(await page.getByTestId("day-range").innerText());
    await expect(freeDays(page).first()).toBeVisible();
    await expect(timeButtons(page).first()).toBeVisible();
  }
  await expect(page.getByRole("link", { name: /Later days/ })).toHaveCount(0);
  await shot(page, testInfo, "harbor-time-last-window");
  expect(new Set(ranges).size).toBe(5);

  // A time on the last window's days still books: on to the details step.
  await timeButtons(page).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  // Back to the time step from the details step: the window of the chosen day, not the first.
  await page.getByRole("link", { name: "Time" }).click();
  await expect(page.getByTestId("day-range")).toHaveText(ranges.at(-1)!);
  await page.getByRole("link", { name: /Earlier days/ }).click();
  await expect(page.getByTestId("day-range")).toHaveText(ranges.at(-2)!);
});
