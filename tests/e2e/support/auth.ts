import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./env";
import { whenHydrated } from "./hydration";

/** The staff form on /signin (the page also has the clients' email-link form). */
export function staffForm(page: Page) {
  return page.getByRole("form", { name: "Staff" });
}

export async function signInAsStaff(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  const form = staffForm(page);
  const submit = await whenHydrated(form.getByRole("button", { name: "Sign in" }));
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await submit.click();
  // The staff home is the salon's calendar (the only salon of every demo account).
  await expect(page).toHaveURL(/\/staff\/[a-z0-9-]+\/calendar$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Calendar/ })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await (await whenHydrated(page.getByRole("button", { name: "Sign out" }))).click();
  await expect(page).toHaveURL(/\/signin/);
}
