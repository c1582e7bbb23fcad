import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { signInAsStaff, signOut, staffForm } from "../e2e/support/auth";
import { DEMO_PASSWORD } from "../e2e/support/env";
import { whenHydrated } from "../e2e/support/hydration";
import { linkIn, waitForMail } from "../e2e/support/outbox";
import { shot } from "../e2e/support/screenshots";

// Accounts that resist abuse, tried in the browser as an attacker would.

async function submitStaffForm(page: Page, email: string, password: string) {
  const form = staffForm(page);
  const submit = await whenHydrated(form.getByRole("button", { name: "Sign in" }));
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await submit.click();
}

async function newPage(browser: Browser, testInfo: TestInfo) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: testInfo.project.use.viewport });
  return { context, page: await context.newPage() };
}

const ORIGIN_CHECK = (page: Page) => new URL(page.url()).hostname;

for (const callback of ["%2F%5Cevil.example%2Fphish", "%2F%09%2Fevil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example%2F", "javascript%3Aalert(1)", "%2F.%2F%2Fevil.example"]) {
  test(`sign-in never redirects to another site (callbackUrl=${callback})`, async ({ page }) => {
    await page.route((url) => url.hostname.endsWith("evil.example"), (route) => route.abort());
    await page.goto(`/signin?callbackUrl=${callback}`);
    await submitStaffForm(page, "maya@serenity.test", DEMO_PASSWORD);
    // Signed in, and still on our own origin (the staff home, or a path of ours such as /evil.example).
    await expect(page).not.toHaveURL(/\/signin/);
    expect(ORIGIN_CHECK(page)).toBe("localhost");
    await page.goto("/staff");
    await expect(page.getByRole("heading", { level: 1, name: /^Calendar/ })).toBeVisible();
  });
}

test("a session cookie replayed after sign-out opens nothing", async ({ page, browser }, testInfo) => {
  await signInAsStaff(page, "maya@serenity.test");
  const stolen = await page.context().cookies();
  const sessionCookie = stolen.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(sessionCookie, "a session cookie").toBeTruthy();
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await signOut(page);
  const { context, page: attacker } = await newPage(browser, testInfo);
  try {
    await context.addCookies(stolen);
    await attacker.goto("/staff");
    await expect(attacker).toHaveURL(/\/signin\?callbackUrl=%2Fstaff|\/signin\?callbackUrl=\/staff/);
    await expect(attacker.getByRole("heading", { level: 1, name: /^Calendar/ })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test("sign out everywhere ends the sessions on other devices too", async ({ page, browser }, testInfo) => {
  const { context, page: laptop } = await newPage(browser, testInfo);
  try {
    await signInAsStaff(laptop, "owner@harbor.test");
    await signInAsStaff(page, "owner@harbor.test");
    await page.getByRole("link", { name: "Account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByText("This device")).toBeVisible();
    await shot(page, testInfo, "security-account-sessions");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/signin\?error=SessionEnded/);
    await expect(page.getByRole("alert").filter({ hasText: "You were signed out" })).toBeVisible();
    await laptop.goto("/staff");
    await expect(laptop).toHaveURL(/\/signin/);
  } finally {
    await context.close();
  }
});

test("a password change signs out every other session", async ({ page, browser }, testInfo) => {
  // One account per project, so the two projects never change the same password at once.
  const email = testInfo.project.name === "phone" ? "ana@serenity.test" : "priya@harbor.test";
  const temporary = `changed-${testInfo.project.name}-${Date.now()}`;
  const { context, page: other } = await newPage(browser, testInfo);
  const change = async (from: string, to: string) => {
    await page.goto("/staff/account");
    await page.getByLabel("Current password").fill(from);
    await page.getByLabel("New password", { exact: true }).fill(to);
    await page.getByLabel("New password again").fill(to);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  };
  try {
    await signInAsStaff(other, email);
    await signInAsStaff(page, email);
    await change(DEMO_PASSWORD, temporary);
    await expect(page.getByRole("status")).toContainText("1 other session was signed out");
    await other.goto("/staff");
    await expect(other).toHaveURL(/\/signin/);
    // This session carries on: put the demo password back for everyone else.
    await change(temporary, DEMO_PASSWORD);
  } finally {
    await context.close();
  }
});

test("password guessing is stopped after ten attempts with a plain message", async ({ page }, testInfo) => {
  const email = testInfo.project.name === "phone" ? "leo@serenity.test" : "sam@harbor.test";
  await page.goto("/signin");
  let limitedAt = 0;
  for (let attempt = 1; attempt <= 11 && !limitedAt; attempt++) {
    await submitStaffForm(page, email, `wrong-${attempt}`);
    const alert = staffForm(page).getByRole("alert");
    await expect(alert).toHaveText(/do not match|Too many attempts/);
    if (/Too many attempts/.test(await alert.innerText())) limitedAt = attempt;
  }
  expect(limitedAt, "the 11th attempt at the latest is refused").toBeGreaterThan(0);
  await expect(staffForm(page).getByRole("alert")).toContainText(/please wait \d+ minutes? and try again/);
  await shot(page, testInfo, "security-rate-limited");
  // While limited, even the right password is not tried.
  await submitStaffForm(page, email, DEMO_PASSWORD);
  await expect(staffForm(page).getByRole("alert")).toContainText("Too many attempts");
  await expect(page).toHaveURL(/\/signin/);
});

test("an emailed sign-in link does not open the staff area (staff use their password)", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Fstaff");
  const form = page.getByRole("form", { name: "Clients" });
  const submit = await whenHydrated(form.getByRole("button", { name: "Email me a sign-in link" }));
  await form.getByLabel("Your email").fill("owner@serenity.test");
  await submit.click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  const mail = await waitForMail("owner@serenity.test", /sign-in link/i);
  await page.goto(linkIn(mail, /^\/api\/auth\/callback\/email$/));
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstaff&error=StaffPasswordRequired|\/signin\?callbackUrl=\/staff&error=StaffPasswordRequired/);
  await expect(page.getByRole("alert").filter({ hasText: "The staff area needs your password" })).toBeVisible();
});
