import fs from "node:fs";
import type { Clock } from "./clock";

/**
 * The browser suite's clock: real time plus an offset in milliseconds read from a file the
 * tests write, so a test can let a session end or a review window pass in a running server.
 * Only installed when CLOCK_OFFSET_FILE is set (scripts/e2e-server.ts does); a file, not an
 * HTTP control, so nobody who can merely reach the server can move its time.
 */
export function offsetClockFromFile(file: string): Clock {
  let offset = 0;
  let readAt = 0;
  return {
    now() {
      const real = Date.now();
      if (real - readAt > 200) {
        readAt = real;
        try {
          const value = Number(fs.readFileSync(file, "utf8").trim());
          offset = Number.isFinite(value) ? value : 0;
        } catch {
          offset = 0; // no file: real time
        }
      }
      return new Date(real + offset);
    },
  };
}
