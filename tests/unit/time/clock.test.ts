import { afterEach, describe, expect, it } from "vitest";
import { manualClock, now, setClock, restoreSystemClock } from "@/lib/time/clock";

afterEach(() => restoreSystemClock());

describe("clock", () => {
  it("follows the system by default", () => {
    const before = Date.now();
    const at = now().getTime();
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it("a manual clock stands still, then moves when told", () => {
    const clock = manualClock("2026-11-23T15:00:00Z");
    setClock(clock);
    expect(now().toISOString()).toBe("2026-11-23T15:00:00.000Z");
    expect(now().toISOString()).toBe("2026-11-23T15:00:00.000Z");
    clock.advance(24 * 3_600_000);
    expect(now().toISOString()).toBe("2026-11-24T15:00:00.000Z");
    clock.set("2027-03-28T01:00:00Z");
    expect(now().toISOString()).toBe("2027-03-28T01:00:00.000Z");
  });

  it("hands out copies: callers cannot move the clock by mutating a date", () => {
    setClock(manualClock("2026-11-23T15:00:00Z"));
    now().setFullYear(1999);
    expect(now().getUTCFullYear()).toBe(2026);
  });
});
