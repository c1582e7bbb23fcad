import { expect, test, type Page } from "@playwright/test";
import { signInAsStaff, signOut } from "./support/auth";
import { bookLink, bookThroughPublicFlow, uniqueClient } from "./support/booking";
import { linkIn, waitForMail } from "./support/outbox";
import { shot } from "./support/screenshots";
import { bookingIdOf, weekWithSessions } from "./support/staff";

// Nothing of one salon is reachable through another: every attempt is a plain 404.

/** The salon pages' own 404 ("Page not found") or Next's default one ("This page could not be found."). */
function notFoundHeading(page: Page) {
  return page.getByRole("heading", { name: /not found|could not be found|couldn.t find/i });
}

async function firstStaffBookingId(page: Page, salon: string): Promise<string> {
  return bookingIdOf((await weekWithSessions(page, salon)).first());
}

/** A date in New York, n days from now, as YYYY-MM-DD. */
function nyDate(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * 86_400_000).toLocaleDateString("en-CA", { timeZone: "America/New_York" });
}

test("Harbor's owner cannot open a Serenity booking, brief or calendar in the staff area", async ({ page, context }, testInfo) => {
  await signInAsStaff(page, "owner@serenity.test");
  const serenityId = await firstStaffBookingId(page, "serenity");
  const therapistHref = await page.getByRole("navigation", { name: "Therapists" }).getByRole("link", { name: "Maya Chen" }).getAttribute("href");
  const serenityTherapist = new URL(therapistHref!, "http://x").searchParams.get("therapist")!;
  await signOut(page);
  await context.clearCookies();

  await signInAsStaff(page, "owner@harbor.test");
  await expect(page.getByRole("banner")).toContainText("Harbor");
  // Their own bookings open fine...
  const harborId = await firstStaffBookingId(page, "harbor");
  expect((await page.goto(`/staff/harbor/bookings/${harborId}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2, name: "History" })).toBeVisible();

  // ...Serenity's do not exist for them: not through their salon's URL, nor through Serenity's.
  const response = await page.goto(`/staff/harbor/bookings/${serenityId}`);
  expect(response?.status()).toBe(404);
  await expect(notFoundHeading(page)).toBeVisible();
  await shot(page, testInfo, "cross-01-staff-404");
  expect((await page.goto(`/staff/serenity/bookings/${serenityId}`))?.status()).toBe(404);
  expect((await page.goto("/staff/serenity/calendar"))?.status()).toBe(404);
  expect((await page.goto("/staff/serenity/payments"))?.status()).toBe(404);
  expect((await page.goto(`/staff/harbor/calendar?therapist=${serenityTherapist}`))?.status()).toBe(404);
  expect((await page.goto("/staff/harbor/bookings/not-a-uuid"))?.status()).toBe(404);
  // An old link (no salon in it) leads to the booking at their own salon, where it is not found.
  expect((await page.goto(`/staff/bookings/${serenityId}`))?.status()).toBe(404);
  await expect(page).toHaveURL(`/staff/harbor/bookings/${serenityId}`);
  await page.goto(`/staff/bookings/${harborId}`);
  await expect(page).toHaveURL(`/staff/harbor/bookings/${harborId}`);
});

test("a manage link only works at its own salon and with its own token", async ({ page, request }, testInfo) => {
  const client = uniqueClient(testInfo, "cross");
  await bookThroughPublicFlow(page, testInfo, { service: "Swedish massage", therapist: "No preference" }, client);
  // The manage link itself (the email also links to the booking's preferences page).
  const link = new URL(linkIn(await waitForMail(client.email, /confirmed/i), /^\/s\/serenity\/bookings\/[0-9a-f-]{36}$/));
  const token = link.searchParams.get("token")!;
  const id = link.pathname.split("/").pop()!;

  // The genuine link works (so the 404s below are about the checks, not a missing page).
  expect((await request.get(link.toString())).status()).toBe(200);

  const atHarbor = `/s/harbor/bookings/${id}?token=${encodeURIComponent(token)}`;
  expect((await request.get(atHarbor)).status()).toBe(404);
  const wrongToken = `/s/serenity/bookings/${id}?token=${encodeURIComponent(token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA"))}`;
  expect((await request.get(wrongToken)).status()).toBe(404);
  expect((await request.get(`/s/serenity/bookings/${id}`)).status()).toBe(404);

  const response = await page.goto(atHarbor);
  expect(response?.status()).toBe(404);
  await expect(notFoundHeading(page)).toBeVisible();
  await expect(page.getByText(client.name)).toHaveCount(0);
  await shot(page, testInfo, "cross-02-manage-at-other-salon");
  expect((await page.goto(wrongToken))?.status()).toBe(404);
  await expect(page.getByText(client.name)).toHaveCount(0);
});

test("the slots API is scoped to the salon and rejects bad dates with a JSON error", async ({ page, request }) => {
  const serviceId = await serenityServiceId(page);
  const range = `from=${nyDate(1)}&to=${nyDate(7)}`;

  const own = await request.get(`/api/s/serenity/slots?service=${serviceId}&therapist=any&${range}`);
  expect(own.status()).toBe(200);
  const ownBody = (await own.json()) as { timeZone: string; slots: { start: string }[] };
  expect(ownBody.timeZone).toBe("America/New_York");
  expect(ownBody.slots.length).toBeGreaterThan(0);

  // Serenity's service asked for at Harbor does not exist there.
  const other = await request.get(`/api/s/harbor/slots?service=${serviceId}&therapist=any&${range}`);
  expect(other.status()).toBe(404);
  expect(((await other.json()) as { slots?: unknown }).slots).toBeUndefined();

  expect((await request.get(`/api/s/no-such-salon/slots?service=${serviceId}&therapist=any&${range}`)).status()).toBe(404);

  for (const from of ["2026-13-45", "next-tuesday"]) {
    const bad = await request.get(`/api/s/serenity/slots?service=${serviceId}&therapist=any&from=${from}&to=${nyDate(7)}`);
    expect(bad.status(), `from=${from}`).toBe(400);
    expect(bad.headers()["content-type"]).toContain("application/json");
    const body = (await bad.json()) as { error?: unknown };
    expect(typeof body.error).toBe("string");
  }
});

test("an unknown salon is a 404 page", async ({ page, request }, testInfo) => {
  expect((await request.get("/s/no-such-salon")).status()).toBe(404);
  expect((await request.get("/s/serenity")).status()).toBe(200);
  const response = await page.goto("/s/no-such-salon");
  expect(response?.status()).toBe(404);
  await expect(notFoundHeading(page)).toBeVisible();
  await shot(page, testInfo, "cross-03-unknown-salon");
});

/** A Serenity service id, read from a "Book" link on the salon page. */
async function serenityServiceId(page: Page): Promise<string> {
  await page.goto("/s/serenity");
  const href = await bookLink(page, "Swedish massage").getAttribute("href");
  const id = new URL(href!, "http://x").searchParams.get("service");
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id!;
}

/** Service and therapist ids of a salon, read from its own public pages. */
async function salonIds(page: Page, salon: string): Promise<{ service: string; therapist: string }> {
  await page.goto(`/s/${salon}`);
  const bookHref = await page.locator('a[href*="service="]').first().getAttribute("href");
  const service = new URL(bookHref!, "http://x").searchParams.get("service")!;
  await page.goto(`/s/${salon}/book/therapist?service=${service}`);
  const therapistHref = await page.locator('a[href*="therapist="]:not([href*="therapist=any"])').first().getAttribute("href");
  const therapist = new URL(therapistHref!, "http://x").searchParams.get("therapist")!;
  expect(service).toMatch(/^[0-9a-f-]{36}$/);
  expect(therapist).toMatch(/^[0-9a-f-]{36}$/);
  return { service, therapist };
}

test("every booking step and the slots API refuse the other salon's service and therapist ids", async ({ page, request }) => {
  const serenity = await salonIds(page, "serenity");
  const harbor = await salonIds(page, "harbor");
  const start = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const from = nyDate(1);
  const to = nyDate(7);
  const foreign = [
    `/s/harbor/book?service=${serenity.service}`,
    `/s/harbor/book/therapist?service=${serenity.service}`,
    `/s/harbor/book/time?service=${serenity.service}&therapist=any`,
    `/s/harbor/book/time?service=${harbor.service}&therapist=${serenity.therapist}`,
    `/s/harbor/book/details?service=${harbor.service}&therapist=${serenity.therapist}&start=${encodeURIComponent(start)}`,
    `/s/harbor/book/review?service=${serenity.service}&therapist=any&start=${encodeURIComponent(start)}`,
    `/api/s/harbor/slots?service=${serenity.service}&therapist=any&from=${from}&to=${to}`,
    `/api/s/harbor/slots?service=${harbor.service}&therapist=${serenity.therapist}&from=${from}&to=${to}`,
  ];
  for (const path of foreign) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  // The same kind of request with the salon's own ids works, so the 404s above mean something.
  expect((await request.get(`/s/harbor/book/time?service=${harbor.service}&therapist=${harbor.therapist}`)).status()).toBe(200);
  expect((await request.get(`/api/s/harbor/slots?service=${harbor.service}&therapist=${harbor.therapist}&from=${from}&to=${to}`)).status()).toBe(200);
});
