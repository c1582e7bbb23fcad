import Link from "next/link";
import type { DataTable } from "@/lib/insights/tables";
import { displayValue, type SalonFormat } from "@/lib/insights/values";
import { cx } from "@/components/ui/cx";

/** A dashboard table as the page shows it; numbers right-aligned, the first column a row header. */
export function DataTableView({ table, salon, caption }: { table: DataTable; salon: SalonFormat; caption?: string }) {
  if (table.rows.length === 0) return <p className="rounded-xl border border-dashed border-stone-300 p-4 text-sm text-stone-600">{table.empty}</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption ?? table.title}</caption>
        <thead className="bg-stone-50 text-xs text-stone-700">
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={cx("px-3 py-2 font-semibold whitespace-nowrap", c.kind !== "text" && c.kind !== "date" && "text-right")}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.cells.map((c, i) => {
                const text = displayValue(c, salon);
                const numeric = c.kind !== "text" && c.kind !== "date";
                if (i === 0)
                  return (
                    <th key={i} scope="row" className="px-3 py-2 font-medium whitespace-nowrap text-stone-900">
                      {row.href ? (
                        <Link href={row.href} className="text-brand-700 underline-offset-2 hover:underline">
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </th>
                  );
                return (
                  <td key={i} className={cx("px-3 py-2 text-stone-800", numeric ? "text-right whitespace-nowrap tabular-nums" : "min-w-48")}>
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
