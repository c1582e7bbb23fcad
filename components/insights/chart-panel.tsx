import type { ReactNode } from "react";
import type { DataTable } from "@/lib/insights/tables";
import type { SalonFormat } from "@/lib/insights/values";
import { DataTableView } from "./data-table";
import { DefinitionTip } from "./definition-tip";

type Props = {
  table: DataTable;
  salon: SalonFormat;
  csvHref: string;
  /** The chart; left out when the table has no rows (the empty message says why). */
  chart?: ReactNode;
  definition?: string;
  description?: string;
  /** Show the table open (when the table is the view, as for wishes). */
  tableOnly?: boolean;
  /** The chart is itself a table (the cohort heatmap): nothing to repeat under it. */
  chartIsTable?: boolean;
};

/**
 * A chart with its text equivalent: the same figures as a table (behind "Show the figures" under
 * a chart), and the table as a CSV file.
 */
export function ChartPanel({ table, salon, csvHref, chart, definition, description, tableOnly, chartIsTable }: Props) {
  const headingId = `panel-${table.id}`;
  const empty = table.rows.length === 0;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4" data-testid={`panel-${table.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="flex items-center gap-1 text-base font-semibold text-stone-900">
            {table.title}
            {definition ? <DefinitionTip label={table.title} definition={definition} /> : null}
          </h3>
          {description ? <p className="text-sm text-stone-600">{description}</p> : null}
        </div>
        {!empty ? (
          <a href={csvHref} download className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            Download CSV<span className="sr-only"> of {table.title}</span>
          </a>
        ) : null}
      </div>
      {empty || tableOnly ? (
        <DataTableView table={table} salon={salon} />
      ) : chartIsTable ? (
        chart
      ) : (
        <>
          {chart}
          <details className="group text-sm">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">Show the figures as a table</summary>
            <DataTableView table={table} salon={salon} />
          </details>
        </>
      )}
    </section>
  );
}
