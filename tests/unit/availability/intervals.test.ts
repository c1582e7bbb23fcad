import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clipIntervals, expandIntervals, mergeIntervals, overlaps, subtractIntervals } from "@/lib/availability/intervals";
import type { Interval } from "@/lib/availability/types";

const iv = (start: number, end: number): Interval => ({ start, end });

describe("mergeIntervals", () => {
  it.each([
    ["empty", [], []],
    ["drops empty and inverted", [iv(3, 3), iv(5, 4)], []],
    ["sorts", [iv(5, 6), iv(1, 2)], [iv(1, 2), iv(5, 6)]],
    ["merges overlapping", [iv(1, 4), iv(3, 6)], [iv(1, 6)]],
    ["merges touching", [iv(1, 3), iv(3, 5)], [iv(1, 5)]],
    ["swallows contained", [iv(1, 10), iv(2, 3), iv(4, 12)], [iv(1, 12)]],
  ])("%s", (_, input, expected) => {
    expect(mergeIntervals(input)).toEqual(expected);
  });

  it("does not mutate its input", () => {
    const input = [iv(3, 5), iv(1, 4)];
    mergeIntervals(input);
    expect(input).toEqual([iv(3, 5), iv(1, 4)]);
  });
});

describe("subtractIntervals", () => {
  it.each([
    ["nothing removed", [iv(0, 10)], [], [iv(0, 10)]],
    ["hole in the middle", [iv(0, 10)], [iv(3, 5)], [iv(0, 3), iv(5, 10)]],
    ["cuts both ends", [iv(0, 10)], [iv(-5, 2), iv(8, 20)], [iv(2, 8)]],
    ["removes all", [iv(0, 10)], [iv(0, 10)], []],
    ["one removal spans two", [iv(0, 5), iv(7, 12)], [iv(3, 9)], [iv(0, 3), iv(9, 12)]],
    ["touching removal keeps all", [iv(5, 10)], [iv(0, 5), iv(10, 15)], [iv(5, 10)]],
  ])("%s", (_, from, remove, expected) => {
    expect(subtractIntervals(from, remove)).toEqual(expected);
  });
});

describe("clipIntervals, expandIntervals, overlaps", () => {
  it.each([
    [[iv(0, 5), iv(8, 12)], 3, 10, [iv(3, 5), iv(8, 10)]],
    [[iv(0, 5)], 5, 10, []],
  ])("clips %j to [%i, %i)", (input, lo, hi, expected) => {
    expect(clipIntervals(input, lo, hi)).toEqual(expected);
  });

  it("expands and re-merges", () => {
    expect(expandIntervals([iv(10, 20), iv(25, 30)], 2, 3)).toEqual([iv(8, 33)]);
  });

  it.each([
    [iv(0, 5), iv(4, 8), true],
    [iv(0, 5), iv(5, 8), false],
    [iv(3, 4), iv(0, 10), true],
  ])("%j overlaps %j: %s", (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

// Brute force on a small integer line: an interval list as the set of points it covers.
const points = (list: readonly Interval[]) => {
  const s = new Set<number>();
  for (const { start, end } of list) for (let x = start; x < end; x++) s.add(x);
  return s;
};
const listArb = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 15 })).map(([s, len]) => iv(s, s + len)),
  { maxLength: 8 },
);
const isNormalized = (list: readonly Interval[]) =>
  list.every((x, i) => x.end > x.start && (i === 0 || x.start > list[i - 1]!.end));

describe("interval properties", () => {
  it("merge keeps the covered points and normalizes", () => {
    fc.assert(
      fc.property(listArb, (list) => {
        const merged = mergeIntervals(list);
        expect(isNormalized(merged)).toBe(true);
        expect(points(merged)).toEqual(points(list));
      }),
    );
  });

  it("subtract covers exactly the set difference", () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const result = subtractIntervals(mergeIntervals(a), mergeIntervals(b));
        expect(isNormalized(result)).toBe(true);
        const removed = points(b);
        expect(points(result)).toEqual(new Set([...points(a)].filter((x) => !removed.has(x))));
      }),
    );
  });
});
