import { signInAsStaff } from "../e2e/support/auth";
import { bookThroughPublicFlow, uniqueClient } from "../e2e/support/booking";
import { whenHydrated } from "../e2e/support/hydration";
import { weekWithSessions } from "../e2e/support/staff";
import { expect, expectSecurityHeaders, injectedHandlerRan, test } from "./support/csp";

// Every page carries the headers, and its own scripts still run under the CSP: the `csp` fixture
// fails a test on any violation or page error.

test("the salon page cannot be framed and runs no injected inline script", async ({ page, csp }) => {
  const response = await page.goto("/s/serenity");
  expectSecurityHeaders(response);
  await expect(page.getByRole("heading", { level: 1, name: "Serenity Spa" })).toBeVisible();
  // What the CSP is for: script injected into the page without the nonce does not run, and says so.
  expect(await injectedHandlerRan(page)).toBe(false);
  expect(csp.messages.join("\n")).toMatch(/inline event handler violates .*Content Security Policy/);
  csp.messages.length = 0;
});

test("the staff pages cannot be framed, and sign-in still hydrates under the CSP", async ({ page }) => {
  expectSecurityHeaders(await page.goto("/signin"));
  // signInAsStaff waits for React to hydrate the form: its button works only after hydration.
  await signInAsStaff(page, "owner@serenity.test");
  expectSecurityHeaders(await page.goto("/staff"));
  await expect(page.getByRole("heading", { level: 1, name: /^Calendar/ })).toBeVisible();
  // The calendar is laid out by class names, no inline styles (the CSP would refuse them).
  const booking = (await weekWithSessions(page, "serenity")).first();
  await booking.click();
  await expect(page).toHaveURL(/\/staff\/serenity\/bookings\/[0-9a-f-]{36}$/);
});

test("the not-found page still runs its scripts (it is rendered per request, with the nonce)", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  expectSecurityHeaders(response);
  await whenHydrated(page.getByRole("link", { name: "Go to the home page" }));
});

test("the manage page cannot be framed by another site and does not leak its token", async ({ page, csp }, testInfo) => {
  // The whole public flow runs under the CSP: streamed time step, useActionState forms. A day
  // the other specs leave alone, and cancelled below: the race spec needs that day's free times.
  const pick = { service: "Swedish massage", therapist: "No preference", dayIndex: 4 };
  await bookThroughPublicFlow(page, testInfo, pick, uniqueClient(testInfo, "csp"));
  const manageUrl = page.url().replace(/&?new=1/, "");
  expect(new URL(manageUrl).searchParams.get("token")).toBeTruthy();

  const referers: string[] = [];
  page.on("request", (request) => {
    const referer = request.headers()["referer"];
    // Only our own origin may see the page's URL (same-origin: its forms post with an Origin, docs/decisions/011).
    if (referer && new URL(request.url()).origin !== new URL(manageUrl).origin) referers.push(`${request.url()} <- ${referer}`);
  });
  const response = await page.goto(manageUrl);
  expectSecurityHeaders(response, "same-origin");
  // Nothing the page asks of another origin names it as the referrer.
  await (await whenHydrated(page.getByRole("button", { name: "Cancel booking" }))).click();
  await page.getByRole("button", { name: "Yes, cancel" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your booking is cancelled" })).toBeVisible();
  expect(referers).toEqual([]);

  // Framed by a page of another origin (about:blank here), the browser refuses to show it.
  await page.setContent(`<iframe src="${manageUrl}" title="framed"></iframe>`);
  await expect(page.frameLocator("iframe").getByRole("heading", { name: "Swedish massage" })).toHaveCount(0);
  await expect.poll(() => csp.messages.join("\n")).toMatch(/frame-ancestors 'none'/);
  csp.messages.length = 0;
});
