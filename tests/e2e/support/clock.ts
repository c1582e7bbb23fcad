// The e2e server's clock runs at real time plus the offset in this file (lib/time/offset-clock.ts).
import fs from "node:fs";
import { CLOCK_OFFSET_FILE } from "./env";

/** Sets the server's clock to `at` (approximately: real time keeps running). */
export async function setServerTime(at: Date): Promise<void> {
  fs.writeFileSync(CLOCK_OFFSET_FILE, String(at.getTime() - Date.now()));
  await new Promise((r) => setTimeout(r, 400)); // the server re-reads the file at most every 200 ms
}

export async function resetServerTime(): Promise<void> {
  fs.rmSync(CLOCK_OFFSET_FILE, { force: true });
  await new Promise((r) => setTimeout(r, 400));
}
