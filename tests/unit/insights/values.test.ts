import { describe, expect, it } from "vitest";
import { csvValue, describeChange, displayValue, NO_DATA } from "@/lib/insights/values";

const US = { currency: "USD", locale: "en-US" };
const GB = { currency: "GBP", locale: "en-GB" };
const JP = { currency: "JPY", locale: "ja-JP" };

describe("dashboard figures", () => {
  it("show in the salon's words, and a missing figure as 'No data', never zero", () => {
    expect(displayValue({ kind: "money", value: 124_050 }, US)).toBe("$1,240.50");
    expect(displayValue({ kind: "money", value: 124_050 }, GB)).toBe("£1,240.50");
    expect(displayValue({ kind: "money", value: 5_000 }, JP)).toBe("￥5,000");
    expect(displayValue({ kind: "share", value: 0.4237 }, US)).toBe("42%");
    expect(displayValue({ kind: "share", value: 0.042 }, US)).toBe("4.2%");
    expect(displayValue({ kind: "score", value: 4.56 }, US)).toBe("4.6 of 5");
    expect(displayValue({ kind: "days", value: 34.4 }, US)).toBe("34 days");
    expect(displayValue({ kind: "count", value: 12_345 }, US)).toBe("12,345");
    expect(displayValue({ kind: "share", value: null }, US)).toBe(NO_DATA);
    expect(displayValue({ kind: "count", value: 0 }, US)).toBe("0");
    expect(displayValue({ kind: "date", value: "2026-09" }, GB)).toBe("Sept 2026");
  });

  it("go into CSV as plain numbers: money in major units, shares in percent", () => {
    expect(csvValue({ kind: "money", value: 124_050 }, US)).toBe("1240.50");
    expect(csvValue({ kind: "money", value: 5_000 }, JP)).toBe("5000");
    expect(csvValue({ kind: "share", value: 0.4237 }, US)).toBe("42.4");
    expect(csvValue({ kind: "score", value: 4.5 }, US)).toBe("4.50");
    expect(csvValue({ kind: "share", value: null }, US)).toBe("");
  });

  it("describe their change: relative for counts and money, points for shares, absolute for scores", () => {
    expect(describeChange("count", 120, 100, US)).toEqual({ direction: "up", text: "+20%" });
    expect(describeChange("money", 50_00, 100_00, US)).toEqual({ direction: "down", text: "−50%" });
    expect(describeChange("share", 0.45, 0.41, US)).toEqual({ direction: "up", text: "+4.0 pts" });
    expect(describeChange("share", 0.2, 0.45, US)).toEqual({ direction: "down", text: "−25 pts" });
    expect(describeChange("score", 4.5, 4.5, US)).toEqual({ direction: "same", text: "±0.0" });
    expect(describeChange("count", 5, 0, US)).toEqual({ direction: "up", text: "up from 0" });
    expect(describeChange("count", 0, 0, US)).toEqual({ direction: "same", text: "no change" });
    expect(describeChange("share", 0.5, null, US)).toBeNull();
    // Differences that round to nothing read as no change, never "−0.0".
    expect(describeChange("ratio", 2.58, 2.61, US)).toEqual({ direction: "same", text: "±0.0" });
    expect(describeChange("count", 1000, 1001, US)).toEqual({ direction: "same", text: "±0%" });
  });
});
