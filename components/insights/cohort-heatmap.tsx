import type { DataTable } from "@/lib/insights/tables";
import { displayValue, type SalonFormat } from "@/lib/insights/values";

/**
 * The retention cohorts as a heatmap that is itself a table: one row per month of first visit,
 * one column per month since, each cell the share still coming, shaded by that share (the
 * percentage is written in every cell, so the shade is never the only carrier).
 */
export function CohortHeatmap({ table, salon }: { table: DataTable; salon: SalonFormat }) {
  return (
    <div className="overflow-x-auto">
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
                    style={share === null ? undefined : { backgroundColor: `rgba(61, 112, 97, ${0.08 + share * 0.92})`, color: share > 0.45 ? "#fff" : "#1c1917" }}
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
