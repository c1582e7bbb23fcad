import { expect, test } from "@playwright/test";
import { bookThroughPublicFlow, uniqueClient } from "./support/booking";
import { linkIn, waitForMail } from "./support/outbox";
import { whenHydrated } from "./support/hydration";
import { shot } from "./support/screenshots";

test("a client signs in with an emailed link and sees their bookings", async ({ page, browser }, testInfo) => {
  const client = uniqueClient(testInfo, "client");
  await bookThroughPublicFlow(page, testInfo, { service: "Express back & shoulders", therapist: "Ana Souza" }, client);

  await page.goto("/signin");
  const form = page.getByRole("form", { name: "Clients" });
  const submit = await whenHydrated(form.getByRole("button", { name: "Email me a sign-in link" }));
  await form.getByLabel("Your email").fill(client.email);
  await shot(page, testInfo, "client-01-ask-for-link");
  await submit.click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await shot(page, testInfo, "client-02-check-email");

  const mail = await waitForMail(client.email, /sign-in link/i);
  const link = linkIn(mail, /^\/api\/auth\/callback\/email$/);
  await page.goto(link);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your bookings" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${client.email}`)).toBeVisible();
  const booking = page.getByRole("link", { name: /Express back & shoulders with Ana Souza/ });
  await expect(booking).toHaveCount(1);
  await expect(booking).toContainText("Serenity Spa");
  await expect(booking).toContainText(/confirmed/i);
  await shot(page, testInfo, "client-03-account");

  // The link works once.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const again = await other.newPage();
    await again.goto(link);
    await expect(again).toHaveURL(/\/signin\?.*error=Verification/);
    await expect(again.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
  } finally {
    await other.close();
  }
});
