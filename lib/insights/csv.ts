import type { DataTable } from "./tables";
import { csvUnit, csvValue, type SalonFormat } from "./values";

// A dashboard table as a CSV file (RFC 4180: comma-separated, CRLF, quotes doubled). Cells that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) are prefixed with an
// apostrophe: a client's free-text answer must never execute on the owner's computer.

const FORMULA_START = /^[=+\-@\t\r]/;

function escape(text: string): string {
  const safe = FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function tableToCsv(table: DataTable, salon: SalonFormat): string {
  const header = table.columns.map((c) => {
    const unit = csvUnit(c.kind, salon);
    return escape(unit ? `${c.label} (${unit})` : c.label);
  });
  const rows = table.rows.map((r) => r.cells.map((c) => escape(csvValue(c, salon))).join(","));
  return [header.join(","), ...rows].join("\r\n") + "\r\n";
}

/** "serenity-rebooking-2026-09-01-to-2026-11-29.csv": which salon, which table, which period. */
export function csvFileName(salon: string, table: DataTable, fromDate: string, toDate: string): string {
  return `${salon}-${table.id}-${fromDate}-to-${toDate}.csv`.replace(/[^a-z0-9.-]/gi, "-");
}
