import { defineConfig } from "@playwright/test";
import { BASE_URL, E2E_PORT, E2E_STRIPE_PORT } from "./tests/e2e/support/env";

// Real Chromium (Debian's package: Playwright cannot download browsers here) against a
// production build on a fresh embedded database; see scripts/e2e-server.ts.
const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
};

export default defineConfig({
  // Browser journeys (tests/e2e) and the security suite (tests/security), one server for both.
  testDir: "tests",
  testMatch: ["e2e/**/*.spec.ts", "security/**/*.spec.ts"],
  outputDir: "test-results",
  // One embedded database on a 2-core machine: one test at a time.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    screenshot: "on",
    trace: "on-first-retry",
    locale: "en-US",
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: "phone",
      use: {
        browserName: "chromium",
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        // Browsers away from the salon's zone: times must still show in the salon's zone.
        timezoneId: "Europe/Berlin",
        launchOptions,
      },
    },
    {
      name: "desktop",
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 }, timezoneId: "America/Los_Angeles", launchOptions },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `${BASE_URL}/`,
    env: { E2E_PORT: String(E2E_PORT), E2E_STRIPE_PORT: String(E2E_STRIPE_PORT) },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
