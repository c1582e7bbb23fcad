import type { DataTable } from "@/lib/insights/tables";
import { displayValue, type SalonFormat } from "@/lib/insights/values";

const DARK: [number, number, number] = [28, 55, 48]; // brand-900
const TEXT_DARK = "#1c1917";

function luminance([r, g, b]: number[]): number {
  const c = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r!) + 0.7152 * c(g!) + 0.0722 * c(b!);
}

const shade = (t: number) => DARK.map((d) => Math.round(255 + (d - 255) * t));
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const TEXT_DARK_LUMINANCE = luminance([28, 25, 23]);
/** The lightest shade white text reads on at 4.5:1. */
const WHITE_TEXT_FROM = (() => {
  let t = 0;
  while (t < 1 && contrast(1, luminance(shade(t))) < 4.5) t += 0.001;
  return t;
})();

/**
 * A cell's shade for a share (white → brand-900) and the text colour that reads on it at 4.5:1.
 * Shades in the middle band, where neither white nor dark text would, take the band's dark edge.
 */
export function heatColors(share: number): { backgroundColor: string; color: string } {
  const t = 0.06 + Math.min(Math.max(share, 0), 1) * 0.94;
  if (contrast(luminance(shade(t)), TEXT_DARK_LUMINANCE) >= 4.5) return { backgroundColor: `rgb(${shade(t).join(",")})`, color: TEXT_DARK };
  return { backgroundColor: `rgb(${shade(Math.max(t, WHITE_TEXT_FROM)).join(",")})`, color: "#ffffff" };
}

/**
 * The retention cohorts as a heatmap that is itself a table: one row per month of first visit,
 * one column per month since, each cell the share still coming, shaded by that share (the
 * percentage is written in every cell, so the shade is never the only carrier).
 */
export function CohortHeatmap({ table, salon }: { table: DataTable; salon: SalonFormat }) {
  return (
    // Focusable, so a keyboard can scroll the months that do not fit on a phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${table.title} (scrolls sideways)`}>
      <table className="w-full border-separate border-spacing-0.5 text-center text-xs">
        <caption className="sr-only">{table.title}: share of each month&apos;s new clients who came back in each later month</caption>
        <thead>
          <tr className="text-stone-700">
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className="px-1 py-1 font-semibold whitespace-nowrap">
                {i > 1 ? c.label.replace("Month ", "+") : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.cells.map((c, i) => {
                const text = displayValue(c, salon);
                if (i === 0)
                  return (
                    <th key={i} scope="row" className="px-1 py-1 text-left font-medium whitespace-nowrap text-stone-900">
                      {text}
                    </th>
                  );
                if (i === 1)
                  return (
                    <td key={i} className="px-1 py-1 text-stone-700 tabular-nums">
                      {text}
                    </td>
                  );
                const share = typeof c.value === "number" ? c.value : null;
                return (
                  <td
                    key={i}
                    className="min-w-11 rounded px-1 py-1.5 tabular-nums"
                    style={share === null ? undefined : heatColors(share)}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
