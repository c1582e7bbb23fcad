import { describe, expect, it } from "vitest";
import { computeAvailability } from "@/lib/availability";
import { buildBenchScenario } from "@/scripts/bench-availability-engine";

describe("buildBenchScenario", () => {
  it("is deterministic per seed", () => {
    expect(buildBenchScenario(7)).toEqual(buildBenchScenario(7));
    expect(buildBenchScenario(7)).not.toEqual(buildBenchScenario(8));
  });

  it("has 20 therapists and 2,000 non-overlapping bookings inside the 28 days", () => {
    const { query, bookings } = buildBenchScenario();
    expect(query.therapists).toHaveLength(20);
    expect(bookings).toHaveLength(2000);
    expect(query.therapists.reduce((n, t) => n + t.busy.length, 0)).toBe(2000);
    for (const t of query.therapists) {
      const mine = bookings.filter((b) => b.therapistId === t.therapistId).sort((a, b) => a.blockStartsAt - b.blockStartsAt);
      mine.forEach((b, i) => {
        expect(b.blockStartsAt).toBe(b.startsAt - 15 * 60_000);
        if (i > 0) expect(b.blockStartsAt).toBeGreaterThanOrEqual(mine[i - 1]!.blockEndsAt);
      });
    }
  });

  it("leaves bookable slots for the engine to find", () => {
    const slots = computeAvailability(buildBenchScenario().query);
    expect(slots.length).toBeGreaterThan(100);
  });
});
