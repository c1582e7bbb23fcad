import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element (it then carries React's own props key), so a
 * click reaches its client-side handler. Clicked earlier, a button with only an onClick does
 * nothing, and a form with an onSubmit submits natively instead.
 */
export async function whenHydrated(locator: Locator): Promise<Locator> {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), {
      message: "the element to be hydrated by React",
    })
    .toBe(true);
  return locator;
}
