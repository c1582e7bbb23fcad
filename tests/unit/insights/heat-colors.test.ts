import { describe, expect, it } from "vitest";
import { heatColors } from "@/components/insights/cohort-heatmap";

function luminance(css: string): number {
  const rgb = css.startsWith("#") ? [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16)) : css.match(/\d+/g)!.map(Number);
  const c = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(rgb[0]!) + 0.7152 * c(rgb[1]!) + 0.0722 * c(rgb[2]!);
}

describe("cohort heatmap colours", () => {
  it("keep every share's text at 4.5:1 or more on its shade, and darken as the share grows", () => {
    let previous = Infinity;
    for (let share = 0; share <= 1.0001; share += 0.01) {
      const { backgroundColor, color } = heatColors(share);
      const [a, b] = [luminance(backgroundColor), luminance(color)].sort((x, y) => y - x);
      expect((a! + 0.05) / (b! + 0.05)).toBeGreaterThanOrEqual(4.5);
      const l = luminance(backgroundColor);
      expect(l).toBeLessThanOrEqual(previous + 1e-9);
      previous = l;
    }
  });
});
