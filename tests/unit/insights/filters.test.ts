import { describe, expect, it } from "vitest";
import { insightsQuery, parseInsightsFilter } from "@/lib/insights/filters";

const NY = "America/New_York";
const at = (iso: string) => ({ now: new Date(iso), timeZone: NY });

describe("dashboard filters", () => {
  it("defaults to the last 90 days, whole local days ending today in the salon's zone", () => {
    // 02:00 UTC on Dec 3 is still Dec 2 in New York.
    const { filter, problem } = parseInsightsFilter({}, at("2026-12-03T02:00:00Z"));
    expect(problem).toBeNull();
    expect(filter).toMatchObject({ preset: "90d", fromDate: "2026-09-04", toDate: "2026-12-02", days: 90, locationId: null, therapistId: null, bucket: "week" });
    expect(filter.from.toISOString()).toBe("2026-09-04T04:00:00.000Z"); // EDT midnight
    expect(filter.to.toISOString()).toBe("2026-12-03T05:00:00.000Z"); // EST midnight after the last day
  });

  it("a period across the November DST change is 90 local days, one hour longer than 90 × 24 h", () => {
    const { filter } = parseInsightsFilter({ range: "90d" }, at("2026-12-03T15:00:00Z"));
    expect(filter.to.getTime() - filter.from.getTime()).toBe(90 * 86_400_000 + 3_600_000);
  });

  it("this month and last month follow the calendar, including a short February", () => {
    expect(parseInsightsFilter({ range: "this-month" }, at("2026-03-10T15:00:00Z")).filter).toMatchObject({ fromDate: "2026-03-01", toDate: "2026-03-10", bucket: "day" });
    expect(parseInsightsFilter({ range: "last-month" }, at("2026-03-10T15:00:00Z")).filter).toMatchObject({ fromDate: "2026-02-01", toDate: "2026-02-28", days: 28 });
    expect(parseInsightsFilter({ range: "last-month" }, at("2026-01-05T15:00:00Z")).filter).toMatchObject({ fromDate: "2025-12-01", toDate: "2025-12-31" });
  });

  it("a custom period is taken as given, both days included", () => {
    const { filter, problem } = parseInsightsFilter({ range: "custom", from: "2026-01-01", to: "2026-12-31" }, at("2026-12-03T15:00:00Z"));
    expect(problem).toBeNull();
    expect(filter).toMatchObject({ preset: "custom", fromDate: "2026-01-01", toDate: "2026-12-31", days: 365, bucket: "month" });
  });

  it.each([
    [{ range: "custom", from: "2026-02-01" }, "Choose both"],
    [{ range: "custom", from: "2026-02-30", to: "2026-03-01" }, "Choose both"],
    [{ range: "custom", from: "2026-05-01", to: "2026-04-01" }, "comes after"],
    [{ range: "custom", from: "2020-01-01", to: "2026-01-01" }, "at most three years"],
    [{ range: "forever" }, "not one we know"],
  ])("refuses %o with a message and shows the default period", (search, message) => {
    const { filter, problem } = parseInsightsFilter(search, at("2026-12-03T15:00:00Z"));
    expect(problem).toContain(message);
    expect(filter.preset).toBe("90d");
  });

  it("keeps ids only when they look like ids (the page then checks they are the salon's)", () => {
    const id = "7d3f1c1e-9a43-4c1b-9a55-0f4f2b9e7a10";
    expect(parseInsightsFilter({ therapist: id, location: "'; drop table" }, at("2026-12-03T15:00:00Z")).filter).toMatchObject({ therapistId: id, locationId: null });
  });

  it("groups check-ins by day, week or month depending on the period's length", () => {
    const bucket = (range: string) => parseInsightsFilter({ range }, at("2026-12-03T15:00:00Z")).filter.bucket;
    expect([bucket("30d"), bucket("90d"), bucket("365d")]).toEqual(["day", "week", "month"]);
  });

  it("writes a filter back as a query string, with overrides", () => {
    const { filter } = parseInsightsFilter({ range: "custom", from: "2026-01-01", to: "2026-01-31", therapist: "7d3f1c1e-9a43-4c1b-9a55-0f4f2b9e7a10" }, at("2026-12-03T15:00:00Z"));
    expect(insightsQuery(filter)).toBe("range=custom&from=2026-01-01&to=2026-01-31&therapist=7d3f1c1e-9a43-4c1b-9a55-0f4f2b9e7a10");
    expect(insightsQuery(filter, { therapist: null })).toBe("range=custom&from=2026-01-01&to=2026-01-31");
  });
});
