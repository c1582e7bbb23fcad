import Link from "next/link";
import type { DataTable } from "@/lib/insights/tables";
import { displayValue, type SalonFormat } from "@/lib/insights/values";
import { cx } from "@/components/ui/cx";

function RowTitle({ text, href }: { text: string; href?: string }) {
  return href ? (
    <Link href={href} className="text-brand-700 underline-offset-2 hover:underline">
      {text}
    </Link>
  ) : (
    <>{text}</>
  );
}

/**
 * A dashboard table as the page shows it: a table with numbers right-aligned and the first
 * column as row headers; on a phone, one card per row (label: value), so nothing hides off-screen.
 */
export function DataTableView({ table, salon, caption }: { table: DataTable; salon: SalonFormat; caption?: string }) {
  if (table.rows.length === 0) return <p className="rounded-xl border border-dashed border-stone-300 p-4 text-sm text-stone-600">{table.empty}</p>;
  return (
    <>
      <ul aria-label={caption ?? table.title} className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white sm:hidden">
        {table.rows.map((row, r) => (
          <li key={r} className="space-y-1 px-3 py-2 text-sm">
            <p className="font-medium text-stone-900">
              <RowTitle text={displayValue(row.cells[0]!, salon)} href={row.href} />
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
              {row.cells.slice(1).map((c, i) => {
                const text = displayValue(c, salon);
                return text === "" ? null : (
                  <div key={i} className="contents">
                    <dt className="text-stone-600">{table.columns[i + 1]!.label}</dt>
                    <dd className="text-stone-900 tabular-nums">{text}</dd>
                  </div>
                );
              })}
            </dl>
          </li>
        ))}
      </ul>
      <DesktopTable table={table} salon={salon} caption={caption} />
    </>
  );
}

function DesktopTable({ table, salon, caption }: { table: DataTable; salon: SalonFormat; caption?: string }) {
  return (
    <div className="hidden overflow-x-auto rounded-xl border border-stone-200 bg-white sm:block" tabIndex={0} role="region" aria-label={caption ?? table.title}>
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
                      <RowTitle text={text} href={row.href} />
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
