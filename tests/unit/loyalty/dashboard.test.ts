import { describe, expect, it } from "vitest";
import { cohortWindowStart, defaultBucket } from "@/lib/loyalty/dashboard";

const NY = "America/New_York";

describe("the dashboard's windows", () => {
  it("cohorts: the local month start N − 1 months before the month of the period's last instant", () => {
    // The period ends at local midnight of 1 December (05:00Z): its last instant is in November.
    expect(cohortWindowStart({ to: new Date("2026-12-01T05:00:00Z"), timeZone: NY }, 12).toISOString()).toBe("2025-12-01T05:00:00.000Z");
    expect(cohortWindowStart({ to: new Date("2026-12-01T05:00:00Z"), timeZone: NY }, 1).toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(cohortWindowStart({ to: new Date("2027-01-15T12:00:00Z"), timeZone: "Europe/London" }, 3).toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("satisfaction chart buckets by the period's length", () => {
    const period = (days: number) => ({ from: new Date(0), to: new Date(days * 86_400_000) });
    expect([defaultBucket(period(7)), defaultBucket(period(31)), defaultBucket(period(90)), defaultBucket(period(365))]).toEqual(["day", "day", "week", "month"]);
  });
});
