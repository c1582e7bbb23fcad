// The local Stripe emulator's hosted Checkout page, as a client fills it in.
import { expect, type Page } from "@playwright/test";
import { STRIPE_EMULATOR_URL } from "./env";

export const TEST_CARD_OK = "4242 4242 4242 4242";
export const TEST_CARD_DECLINES_LATER = "4000 0000 0000 0341";

/** On the hosted page: types the card, pays (or saves it), and waits to be back on the app. */
export async function payOnCheckout(page: Page, card = TEST_CARD_OK): Promise<void> {
  await expect(page).toHaveURL(/\/checkout\/cs_/, { timeout: 20_000 });
  await page.getByRole("textbox", { name: "Card number" }).fill(card);
  await page.getByRole("textbox", { name: "Expiry (MM / YY)" }).fill("12 / 34");
  await page.getByRole("textbox", { name: "CVC" }).fill("123");
  await page.getByRole("button", { name: /^(Pay .+|Save card)$/ }).click();
  await expect(page).not.toHaveURL(/\/checkout\/cs_/, { timeout: 20_000 });
}

/** A test control of the emulator (POST /_emulator/...), e.g. pausing webhook delivery. */
export async function emulatorControl(path: string, body: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(`${STRIPE_EMULATOR_URL}/_emulator/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`emulator control ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
