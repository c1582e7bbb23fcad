import { describe, expect, it } from "vitest";
import { bucketStart, localBuckets } from "@/lib/loyalty/local-buckets";

const NY = "America/New_York";

describe("localBuckets", () => {
  it("days across the autumn DST change: each bound is a local midnight, one day 25 hours long", () => {
    const { starts, bounds } = localBuckets("day", new Date("2026-10-31T04:00:00Z"), new Date("2026-11-03T05:00:00Z"), NY);
    expect(starts).toEqual(["2026-10-31", "2026-11-01", "2026-11-02"]);
    expect(bounds.map((d) => d.toISOString())).toEqual(["2026-10-31T04:00:00.000Z", "2026-11-01T04:00:00.000Z", "2026-11-02T05:00:00.000Z", "2026-11-03T05:00:00.000Z"]);
  });

  it("weeks begin on the Monday on or before the first instant's local date", () => {
    // Sunday 2026-03-08, 23:30 in New York (the spring change was that morning) is 03:30 UTC on Monday.
    const { starts, bounds } = localBuckets("week", new Date("2026-03-09T03:30:00Z"), new Date("2026-03-17T04:00:00Z"), NY);
    expect(starts).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(bounds[0]!.toISOString()).toBe("2026-03-02T05:00:00.000Z");
    expect(bounds[1]!.toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });

  it("months across the year's end, ending with the bucket that holds the last instant", () => {
    const { starts, bounds } = localBuckets("month", new Date("2026-11-15T12:00:00Z"), new Date("2027-01-31T04:59:59.999Z"), NY);
    expect(starts).toEqual(["2026-11-01", "2026-12-01", "2027-01-01"]);
    expect(bounds.map((d) => d.toISOString())).toEqual(["2026-11-01T04:00:00.000Z", "2026-12-01T05:00:00.000Z", "2027-01-01T05:00:00.000Z", "2027-02-01T05:00:00.000Z"]);
  });

  it("a period that ends on a bucket's first instant does not open that bucket", () => {
    const { starts } = localBuckets("month", new Date("2026-11-01T04:00:00Z"), new Date("2026-12-01T05:00:00Z"), NY);
    expect(starts).toEqual(["2026-11-01"]);
  });

  it("bucketStart", () => {
    expect(bucketStart("day", "2026-12-03")).toBe("2026-12-03");
    expect(bucketStart("week", "2026-12-03")).toBe("2026-11-30"); // a Thursday → its Monday
    expect(bucketStart("week", "2026-12-06")).toBe("2026-11-30"); // a Sunday → the Monday before
    expect(bucketStart("week", "2026-11-30")).toBe("2026-11-30");
    expect(bucketStart("month", "2026-12-31")).toBe("2026-12-01");
  });
});
