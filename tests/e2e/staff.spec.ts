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

test("a therapist sees a new booking in Upcoming; the owner sees everyone's", async ({ page, context }, testInfo) => {
  // Booked through the public flow with Maya, on her second free day: never today.
  const client = uniqueClient(testInfo, "staff");
  await bookThroughPublicFlow(page, testInfo, { service: "Deep tissue massage", therapist: "Maya Chen", dayIndex: 1 }, client);

  await signInAsStaff(page, "maya@serenity.test");
  await expect(page.getByRole("banner")).toContainText("Serenity Spa");
  await expect(page.getByRole("banner")).toContainText("Therapist");
  await expect(page.getByText("Your sessions", { exact: false })).toBeVisible();
  const upcoming = page.getByRole("region", { name: "Upcoming" });
  const mine = upcoming.getByRole("link", { name: new RegExp(client.name) });
  await expect(mine).toBeVisible();
  await expect(mine).toContainText("Deep tissue massage");
  await shot(page, testInfo, "staff-03-therapist-upcoming");

  // The detail page shows what the client entered.
  await mine.click();
  await expect(page.getByRole("heading", { level: 1, name: client.name })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(client.email);
  await expect(page.getByRole("main")).toContainText("Maya Chen");
  await shot(page, testInfo, "staff-04-booking-detail");

  await page.goto("/staff");
  await signOut(page);
  await context.clearCookies();
  await signInAsStaff(page, "owner@serenity.test");
  await expect(page.getByRole("banner")).toContainText("Owner");
  await expect(page.getByText("All therapists", { exact: false })).toBeVisible();
  await expect(upcoming.getByRole("link", { name: new RegExp(client.name) })).toContainText("Maya Chen");
  // Everyone's sessions, each named with its therapist (the seed books all three).
  const rows = await upcoming.getByRole("link").allInnerTexts();
  const therapists = ["Maya Chen", "Leo Park", "Ana Souza"].filter((name) => rows.some((row) => row.includes(name)));
  expect(therapists.length, `therapists in the owner's Upcoming list: ${therapists.join(", ")}`).toBeGreaterThanOrEqual(2);
  await shot(page, testInfo, "staff-05-owner-upcoming");
});
