import { expect, test } from "@playwright/test";
import { confirmButton, chooseDayAndTime, chooseServiceAndTherapist, fillDetails, uniqueClient } from "./support/booking";
import { whenHydrated } from "./support/hydration";
import { shot } from "./support/screenshots";

// Bad details are explained next to each field, nothing moves on, and fixing them continues.

test("invalid details show clear errors on their fields, then the corrected form continues", async ({ page }, testInfo) => {
  const pick = { service: "Swedish massage", therapist: "No preference" };
  await chooseServiceAndTherapist(page, testInfo, pick);
  await chooseDayAndTime(page, testInfo, pick);
  await page.getByLabel("Full name", { exact: true }).fill("A");
  await page.getByLabel("Email", { exact: true }).fill("not-an-email");
  await page.getByLabel("Phone", { exact: true }).fill("call me");
  await (await whenHydrated(page.getByRole("button", { name: "Continue" }))).click();

  await expect(page.getByText("Please enter a valid email address")).toBeVisible();
  await expect(page.getByText("Please enter a valid phone number")).toBeVisible();
  await expect(page.getByText("Please enter your name")).toBeVisible();
  for (const label of ["Full name", "Email", "Phone"]) {
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page).toHaveURL(/\/book\/details\?/);
  await shot(page, testInfo, "details-errors");

  await fillDetails(page, testInfo, uniqueClient(testInfo, "fixed-details"));
  await expect(confirmButton(page)).toBeVisible();
});
