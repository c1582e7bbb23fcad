import fs from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { SCREENSHOT_DIR } from "./env";

/**
 * A full-page screenshot at a key step, kept as a test artifact at
 * test-results/screenshots/<project>-<name>.png and attached to the report.
 */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${testInfo.project.name}-${name}.png`);
  // Finished transitions: a chip caught mid-fade would look like a rendering bug.
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
