import { describe, expect, it } from "vitest";
import { cancellationPolicyText, isFreeCancellation, policySnapshot } from "@/lib/booking/policy";

const HOUR = 3_600_000;

describe("cancellation policy", () => {
  it.each([
    [0, "You can cancel free of charge at any time before your appointment."],
    [24, "Free cancellation up to 1 day before your appointment."],
    [48, "Free cancellation up to 2 days before your appointment."],
    [12, "Free cancellation up to 12 hours before your appointment."],
    [36, "Free cancellation up to 36 hours before your appointment."],
  ])("%i hours of notice reads plainly", (hours, start) => {
    expect(cancellationPolicyText(hours).startsWith(start)).toBe(true);
  });

  it.each([
    ["well before the window", 48 * HOUR, 24, true],
    ["exactly at the window edge", 24 * HOUR, 24, true],
    ["a minute inside the window", 24 * HOUR - 60_000, 24, false],
    ["after the start", -HOUR, 24, false],
    ["no notice required", HOUR, 0, true],
  ])("cancelling %s", (_name, before, notice, free) => {
    const start = new Date("2026-12-01T15:00:00Z");
    expect(isFreeCancellation(start, notice, new Date(start.getTime() - before))).toBe(free);
  });

  it("snapshots the tenant's policy with its wording", () => {
    expect(policySnapshot({ cancellationNoticeHours: 48 })).toEqual({ cancellationNoticeHours: 48, summary: cancellationPolicyText(48) });
  });
});
