import { expect, test, type Browser, type BrowserContext, type TestInfo } from "@playwright/test";
import { signInAsStaff, staffForm } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { whenHydrated } from "./support/hydration";
import { linkIn, waitForMail } from "./support/outbox";
import { shot } from "./support/screenshots";

// The owner invites a therapist by email; she opens the emailed link in her own browser, chooses
// a password, signs in and sees her calendar. The link then says it was used. The owner finally
// deactivates her, which closes the staff area to her at once (and keeps the demo's calendar
// as the other specs expect it).

const PASSWORD = "calm-hands-2026";

async function secondContext(browser: Browser, testInfo: TestInfo, options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  const { viewport, isMobile, hasTouch, deviceScaleFactor, timezoneId, locale, baseURL } = testInfo.project.use;
  return browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, timezoneId, locale, baseURL, ...options });
}

test("the owner invites a therapist, who joins through the emailed link and sees her calendar", async ({ page, browser }, testInfo) => {
  const email = `nora-${testInfo.project.name}-${Date.now()}@example.com`;
  await signInAsStaff(page, "owner@serenity.test");
  await page.getByRole("link", { name: "Settings" }).first().click();
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Staff" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();

  const form = page.getByRole("form", { name: "Invite to your staff" });
  await (await whenHydrated(form.getByLabel("Name"))).fill("Nora Quinn");
  await form.getByLabel("Email").fill(email);
  await form.getByRole("radio", { name: /^Therapist/ }).check();
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const invitations = page.getByRole("region", { name: /^Open invitations/ });
  await expect(invitations.getByRole("listitem").filter({ hasText: email })).toContainText("Waiting");
  await expect(page.getByRole("region", { name: "Staff changes" })).toContainText(`Invitation: — → ${email} as therapist`);
  await shot(page, testInfo, "settings-staff-01-invited");
  await expectNoSeriousA11yViolations(page);

  const mail = await waitForMail(email, /invited you to join Serenity Spa/);
  const link = linkIn(mail, /^\/invite$/);

  const context = await secondContext(browser, testInfo);
  const nora = await context.newPage();
  await nora.goto(link);
  await expect(nora.getByRole("heading", { level: 1, name: "Join Serenity Spa" })).toBeVisible();
  await expect(nora.getByRole("main")).toContainText(`Nora Quinn, you're invited to join as a therapist (${email})`);
  await expectNoSeriousA11yViolations(nora);
  await shot(nora, testInfo, "settings-staff-02-invitation");

  const join = nora.getByRole("form", { name: "Join Serenity Spa" });
  await (await whenHydrated(join.getByLabel("Choose a password"))).fill(PASSWORD);
  await join.getByLabel("Password again").fill(`${PASSWORD}!`);
  await join.getByRole("button", { name: "Join Serenity Spa" }).click();
  await expect(join.getByLabel("Password again")).toHaveAttribute("aria-invalid", "true");
  await expect(join.getByText("The two passwords differ")).toBeVisible();
  await join.getByLabel("Choose a password").fill(PASSWORD);
  await join.getByLabel("Password again").fill(PASSWORD);
  await join.getByRole("button", { name: "Join Serenity Spa" }).click();
  await expect(nora.getByText("You've joined Serenity Spa.")).toBeVisible();

  const signIn = staffForm(nora);
  await expect(signIn.getByLabel("Email")).toHaveValue(email);
  const submit = await whenHydrated(signIn.getByRole("button", { name: "Sign in" }));
  await signIn.getByLabel("Password").fill(PASSWORD);
  await submit.click();
  await expect(nora).toHaveURL(/\/staff\/serenity\/calendar$/);
  await expect(nora.getByRole("heading", { level: 1, name: /^Calendar/ })).toBeVisible();
  await expect(nora.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await shot(nora, testInfo, "settings-staff-03-her-calendar");

  // The link works once.
  await nora.goto(link);
  await expect(nora.getByRole("heading", { level: 1, name: "Invitation already used" })).toBeVisible();

  // The owner sees her on the team, and deactivates her: the staff area closes to her at once.
  await page.reload();
  const member = page.getByRole("region", { name: /^Team/ }).getByRole("listitem").filter({ hasText: email });
  await expect(member).toContainText("Therapist");
  await member.getByRole("link", { name: /^Manage/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nora Quinn" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Their sessions still to come/ })).toContainText("No sessions still to come.");
  await shot(page, testInfo, "settings-staff-04-member");
  await expectNoSeriousA11yViolations(page);
  const deactivate = page.getByRole("form", { name: "Deactivate Nora Quinn" });
  await (await whenHydrated(deactivate.getByRole("button", { name: "Deactivate Nora Quinn" }))).click();
  await expect(page.getByText("Nora Quinn is deactivated.")).toBeVisible();
  const response = await nora.goto("/staff/serenity/calendar");
  expect(response?.status()).toBe(404);
  await context.close();
});

test("the owner makes a co-owner a therapist too, without JavaScript, and is shown where to set their hours and services", async ({ page, browser }, testInfo) => {
  const email = `otto-${testInfo.project.name}-${Date.now()}@example.com`;
  await signInAsStaff(page, "owner@serenity.test");
  await page.goto("/staff/serenity/settings/staff");
  const form = page.getByRole("form", { name: "Invite to your staff" });
  await (await whenHydrated(form.getByLabel("Name"))).fill("Otto Owner");
  await form.getByLabel("Email").fill(email);
  await form.getByRole("radio", { name: /^Owner/ }).check();
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByText(`Invitation sent to ${email}.`)).toBeVisible();

  const invited = await secondContext(browser, testInfo);
  const otto = await invited.newPage();
  await otto.goto(linkIn(await waitForMail(email, /invited you to join Serenity Spa/), /^\/invite$/));
  const join = otto.getByRole("form", { name: "Join Serenity Spa" });
  await (await whenHydrated(join.getByLabel("Choose a password"))).fill(PASSWORD);
  await join.getByLabel("Password again").fill(PASSWORD);
  await join.getByRole("button", { name: "Join Serenity Spa" }).click();
  await expect(otto.getByText("You've joined Serenity Spa.")).toBeVisible();
  await invited.close();

  // The owner, now in a browser without JavaScript.
  const plain = await secondContext(browser, testInfo, { javaScriptEnabled: false, storageState: await page.context().storageState() });
  const owner = await plain.newPage();
  await owner.goto("/staff/serenity/settings/staff");
  await owner.getByRole("region", { name: /^Team/ }).getByRole("listitem").filter({ hasText: email }).getByRole("link", { name: /^Manage/ }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Otto Owner" })).toBeVisible();
  const memberUrl = owner.url();
  await owner.getByRole("form", { name: "Therapist role" }).getByRole("button", { name: "Also takes bookings as a therapist" }).click();
  const setup = owner.getByRole("region", { name: "Before clients can book Otto Owner" });
  await expect(setup).toContainText("They have no weekly hours yet");
  await expect(setup).toContainText("They give no service yet");
  await expect(owner.getByRole("form", { name: "Therapist role" })).toHaveCount(0);
  await shot(owner, testInfo, "settings-staff-05-owner-made-therapist");
  await setup.getByRole("link", { name: "Set their hours" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Hours and time off" })).toBeVisible();
  await expect(owner.getByRole("main")).toContainText("Otto Owner's schedule");
  await owner.goto(memberUrl);
  await setup.getByRole("link", { name: "Choose their services" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
  await plain.close();

  // Off the calendar again, as the other specs expect it (axe needs JavaScript: checked here).
  await page.goto(memberUrl);
  await expect(page.getByRole("region", { name: "Before clients can book Otto Owner" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const deactivate = page.getByRole("form", { name: "Deactivate Otto Owner" });
  await (await whenHydrated(deactivate.getByRole("button", { name: "Deactivate Otto Owner" }))).click();
  await expect(page.getByText("Otto Owner is deactivated.")).toBeVisible();
  await page.goto("/staff/serenity/settings/staff");
  await expect(page.getByRole("region", { name: "Staff changes" })).toContainText("Roles: Owner → Owner, Therapist");
});

test("an unknown invitation link says so plainly", async ({ page }) => {
  await page.goto(`/invite?token=${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link doesn't work" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
