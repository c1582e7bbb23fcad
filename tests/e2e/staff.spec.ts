import { expect, test } from "@playwright/test";
import { signInAsStaff, signOut, staffForm } from "./support/auth";
import { bookThroughPublicFlow, uniqueClient } from "./support/booking";
import { whenHydrated } from "./support/hydration";
import { shot } from "./support/screenshots";

test("signed out, the staff area sends you to sign in", async ({ page }, testInfo) => {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstaff$|\/signin\?callbackUrl=\/staff$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await shot(page, testInfo, "staff-01-signin");
});

test("a wrong password shows a clear error and no staff area", async ({ page }, testInfo) => {
  await page.goto("/signin");
  const form = staffForm(page);
  const submit = await whenHydrated(form.getByRole("button", { name: "Sign in" }));
  await form.getByLabel("Email").fill("maya@serenity.test");
  await form.getByLabel("Password").fill("not-the-password");
  await submit.click();
  await expect(form.getByRole("alert")).toHaveText("That email and password do not match an account.");
  await expect(page).toHaveURL(/\/signin/);
  await shot(page, testInfo, "staff-02-wrong-password");
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/signin/);
});

/** The salon's date (New York) of an instant, as the calendar's ?date= wants it. */
function serenityDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-CA", { timeZone: "America/New_York" });
}

test("the therapist finds a new booking in her calendar, opens its brief and adds a note; the owner sees every therapist", async ({ page, context }, testInfo) => {
  // Booked through the public flow with Maya, on her second free day: never today.
  const client = uniqueClient(testInfo, "staff");
  await bookThroughPublicFlow(page, testInfo, { service: "Deep tissue massage", therapist: "Maya Chen", dayIndex: 1 }, client);
  const id = /\/bookings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const date = serenityDate((await page.locator("time[datetime]").first().getAttribute("datetime"))!);

  await signInAsStaff(page, "maya@serenity.test");
  await expect(page.getByRole("banner")).toContainText("Serenity Spa");
  await expect(page.getByRole("banner")).toContainText("Therapist");
  await expect(page.getByText("Your sessions", { exact: false })).toBeVisible();
  await shot(page, testInfo, "staff-03-calendar-today");

  // The booking's day: the session is there with its status in words, and links to its brief.
  await page.goto(`/staff/serenity/calendar?view=day&date=${date}`);
  const session = page.locator(`main a[href="/staff/serenity/bookings/${id}"]:visible`);
  await expect(session).toContainText(client.name);
  await expect(session).toContainText("Confirmed");
  await shot(page, testInfo, "staff-04-calendar-day");
  // The week around it, from the toolbar's links (no script needed).
  await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Week" }).click();
  await expect(page).toHaveURL(/view=week/);
  await expect(session).toBeVisible();
  await shot(page, testInfo, "staff-05-calendar-week");

  await session.click();
  await expect(page).toHaveURL(`/staff/serenity/bookings/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("Deep tissue massage");
  await expect(main).toContainText("with Maya Chen");
  await expect(page.getByRole("region", { name: "Who" })).toContainText(client.phone);
  await expect(page.getByTestId("visits")).toHaveText("First visit");
  await expect(page.getByRole("region", { name: "What they want" })).toContainText("No preferences stated yet");
  await shot(page, testInfo, "staff-06-brief");

  // A treatment note, private to the salon's staff, listed on the brief at once.
  const notes = page.getByRole("region", { name: "Treatment notes" });
  const note = `Shoulders tight, worked the left side (${testInfo.project.name})`;
  await notes.getByLabel("Add a treatment note").fill(note);
  await (await whenHydrated(notes.getByRole("button", { name: "Add note" }))).click();
  await expect(notes.getByRole("listitem").filter({ hasText: note })).toContainText("Maya Chen · this session");
  await expect(notes.getByLabel("Add a treatment note")).toHaveValue("");

  await signOut(page);
  await context.clearCookies();
  await signInAsStaff(page, "owner@serenity.test");
  await expect(page.getByRole("banner")).toContainText("Owner");
  await page.goto(`/staff/serenity/calendar?view=day&date=${date}`);
  await expect(page.getByText("All therapists", { exact: false })).toBeVisible();
  await expect(session).toContainText(client.name);
  // Every therapist can be picked; filtering to another leaves Maya's session out.
  const filter = page.getByRole("navigation", { name: "Therapists" });
  for (const name of ["Everyone", "Maya Chen", "Leo Park", "Ana Souza"]) await expect(filter.getByRole("link", { name })).toBeVisible();
  await shot(page, testInfo, "staff-07-owner-day");
  await filter.getByRole("link", { name: "Leo Park" }).click();
  await expect(page.getByText("Leo Park's sessions", { exact: false })).toBeVisible();
  await expect(session).toHaveCount(0);
  // The note is on the brief for the owner too.
  await page.goto(`/staff/serenity/bookings/${id}`);
  await expect(page.getByRole("region", { name: "Treatment notes" })).toContainText(note);
});
