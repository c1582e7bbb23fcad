import { describe, expect, it } from "vitest";
import { minorUnitDigits, parseMajorAmount, percentOf, toMajorString } from "@/lib/payments/money";
import { depositFor, effectiveDepositRule } from "@/lib/payments/deposit";

describe("money", () => {
  it.each([
    ["USD", 2],
    ["GBP", 2],
    ["EUR", 2],
    ["JPY", 0],
    ["KRW", 0],
    ["KWD", 3],
  ])("%s has %i minor digits", (currency, digits) => {
    expect(minorUnitDigits(currency)).toBe(digits);
  });

  it.each([
    // amount, basis points, expected: half a minor unit rounds up
    [9_500, 2_000, 1_900],
    [9_999, 2_000, 2_000], // 1999.8
    [12_345, 1_500, 1_852], // 1851.75
    [1_001, 5_000, 501], // 500.5 → 501
    [1_003, 3_333, 334], // 334.2999
    [1, 2_000, 0], // 0.2 of a cent
    [3, 5_000, 2], // 1.5 → 2
    [0, 2_000, 0],
    [9_500, 10_000, 9_500],
    [9_007_199_254, 10_000, 9_007_199_254],
  ])("percentOf(%i, %i bps) = %i", (amount, bps, expected) => {
    expect(percentOf(amount, bps)).toBe(expected);
  });

  it("refuses floats and negative amounts", () => {
    expect(() => percentOf(10.5, 2000)).toThrow(RangeError);
    expect(() => percentOf(-1, 2000)).toThrow(RangeError);
    expect(() => percentOf(100, 20.5)).toThrow(RangeError);
  });

  it.each([
    [1_250, "USD", "12.50"],
    [5, "USD", "0.05"],
    [0, "GBP", "0.00"],
    [-1_250, "USD", "-12.50"],
    [1_200, "JPY", "1200"],
    [1_234, "KWD", "1.234"],
  ])("toMajorString(%i, %s) = %s", (amount, currency, expected) => {
    expect(toMajorString(amount, currency)).toBe(expected);
  });
});

describe("deposits", () => {
  it.each([
    // price, rule, deposit
    [9_500, { kind: "percent", basisPoints: 2_000 }, 1_900], // Serenity: 20 %
    [14_000, { kind: "percent", basisPoints: 2_000 }, 2_800],
    [12_345, { kind: "percent", basisPoints: 2_000 }, 2_469], // 2469.0
    [5_555, { kind: "percent", basisPoints: 3_333 }, 1_851], // 1851.48: does not divide evenly
    [7_000, { kind: "fixed", amountMinor: 1_000 }, 1_000], // Harbor: £10
    [800, { kind: "fixed", amountMinor: 1_000 }, 800], // deposit larger than the price: capped
    [0, { kind: "fixed", amountMinor: 1_000 }, 0], // zero-price service
    [0, { kind: "percent", basisPoints: 2_000 }, 0],
    [9_500, { kind: "none" }, 0],
    [6_600, { kind: "percent", basisPoints: 2_000 }, 1_320], // JPY: ¥6,600 → ¥1,320
    [6_599, { kind: "percent", basisPoints: 2_000 }, 1_320], // ¥1,319.8 → ¥1,320
  ] as const)("a price of %i with %j takes %i", (price, rule, expected) => {
    expect(depositFor(price, rule)).toBe(expected);
  });

  it("a service's own rule overrides the salon's", () => {
    const salon = { kind: "percent", basisPoints: 2_000 } as const;
    expect(effectiveDepositRule(salon, { kind: "none" })).toEqual({ kind: "none" });
    expect(effectiveDepositRule(salon, null)).toBe(salon);
  });
});

describe("formatMoney", () => {
  it("reads minor units in the currency's own scale", async () => {
    const { formatMoney } = await import("@/lib/format/format");
    expect(formatMoney(9_500, "USD")).toBe("$95.00");
    expect(formatMoney(1_000, "GBP", "en-GB")).toBe("£10.00");
    expect(formatMoney(6_600, "JPY")).toBe("¥6,600"); // not ¥66
  });
});

describe("parseMajorAmount", () => {
  it.each([
    ["12.50", "USD", 1250],
    ["12,5", "EUR", 1250],
    ["7", "GBP", 700],
    ["0.01", "USD", 1],
    ["1200", "JPY", 1200],
    ["12.5", "JPY", null],
    ["1.234", "USD", null],
    ["-5", "USD", null],
    ["5e2", "USD", null],
    ["", "USD", null],
    [" 3.10 ", "USD", 310],
  ])("%s %s → %s", (text, currency, expected) => {
    expect(parseMajorAmount(text, currency)).toBe(expected);
  });
});
