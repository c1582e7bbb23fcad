import { formatLocalDate, formatMoney } from "@/lib/format/format";
import { minorUnitDigits } from "@/lib/payments/money";

// One figure on the dashboard and in its CSV files, kept with what kind of figure it is, so the
// page shows it in the salon's words ("$1,240.00", "42%", "4.6 of 5") and the CSV as a plain
// number a spreadsheet can sum (1240.00, 42.0, 4.60). A missing figure is "No data", never 0.

export type ValueKind = "count" | "money" | "share" | "score" | "days" | "ratio" | "minutes" | "text" | "date";
export type Cell = { kind: ValueKind; value: number | string | null };
export type SalonFormat = { currency: string; locale: string };

export const NO_DATA = "No data";

export const cell = {
  count: (value: number | null): Cell => ({ kind: "count", value }),
  money: (value: number | null): Cell => ({ kind: "money", value }),
  share: (value: number | null): Cell => ({ kind: "share", value }),
  score: (value: number | null): Cell => ({ kind: "score", value }),
  days: (value: number | null): Cell => ({ kind: "days", value }),
  ratio: (value: number | null): Cell => ({ kind: "ratio", value }),
  minutes: (value: number | null): Cell => ({ kind: "minutes", value }),
  text: (value: string | null): Cell => ({ kind: "text", value }),
  /** A local date, "YYYY-MM-DD" or "YYYY-MM" for a month. */
  date: (value: string | null): Cell => ({ kind: "date", value }),
};

function number(locale: string, value: number, digits: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** The figure as the page shows it. */
export function displayValue(c: Cell, salon: SalonFormat): string {
  if (c.value === null) return NO_DATA;
  if (c.value === "") return "";
  if (typeof c.value === "string") {
    if (c.kind !== "date") return c.value;
    return c.value.length === 7 ? formatLocalDate(`${c.value}-01`, { month: "short", year: "numeric" }, salon.locale) : formatLocalDate(c.value, { month: "short", day: "numeric", year: "numeric" }, salon.locale);
  }
  const v = c.value;
  switch (c.kind) {
    case "money":
      return formatMoney(v, salon.currency, salon.locale);
    case "share":
      return new Intl.NumberFormat(salon.locale, { style: "percent", maximumFractionDigits: v > 0 && v < 0.1 ? 1 : 0 }).format(v);
    case "score":
      return `${number(salon.locale, v, 1)} of 5`;
    case "days":
      return `${number(salon.locale, v, v < 10 ? 1 : 0)} days`;
    case "ratio":
      return number(salon.locale, v, 1);
    case "minutes":
      return `${number(salon.locale, v / 60, 1)} h`;
    default:
      return new Intl.NumberFormat(salon.locale).format(v);
  }
}

/** The figure as a CSV cell: plain digits with a dot, money in major units, shares in percent. */
export function csvValue(c: Cell, salon: SalonFormat): string {
  if (c.value === null) return "";
  if (typeof c.value === "string") return c.value;
  const v = c.value;
  switch (c.kind) {
    case "money":
      return (v / 10 ** minorUnitDigits(salon.currency)).toFixed(minorUnitDigits(salon.currency));
    case "share":
      return (v * 100).toFixed(1);
    case "score":
    case "ratio":
      return v.toFixed(2);
    case "days":
      return v.toFixed(1);
    case "minutes":
      return (v / 60).toFixed(1);
    default:
      return String(v);
  }
}

/** The unit a CSV column's numbers are in, for its header ("Tips (USD)", "Rate (%)"). */
export function csvUnit(kind: ValueKind, salon: SalonFormat): string | null {
  switch (kind) {
    case "money":
      return salon.currency;
    case "share":
      return "%";
    case "score":
      return "1-5";
    case "days":
      return "days";
    case "minutes":
      return "hours";
    default:
      return null;
  }
}

export type Change = { text: string; direction: "up" | "down" | "same" };

/**
 * How a figure moved against the previous period: relative for counts and money ("+12%"),
 * in percentage points for shares ("+4 pts"), absolute for scores and days. Null when either
 * side has no data (the page says there is nothing to compare with).
 */
export function describeChange(kind: ValueKind, current: number | null, previous: number | null, salon: SalonFormat): Change | null {
  if (current === null || previous === null) return null;
  const diff = current - previous;
  const abs = Math.abs(diff);
  // The change as shown: a difference that rounds to nothing is no change ("±0.0", not "−0.0").
  const shown = (value: number, digits: number) => {
    const text = number(salon.locale, value, digits);
    const same = Number(value.toFixed(digits)) === 0;
    return { direction: same ? "same" : diff > 0 ? "up" : "down", sign: same ? "±" : diff > 0 ? "+" : "−", text } as const;
  };
  switch (kind) {
    case "share": {
      const c = shown(abs * 100, abs * 100 < 10 ? 1 : 0);
      return { direction: c.direction, text: `${c.sign}${c.text} pts` };
    }
    case "score":
    case "ratio": {
      const c = shown(abs, 1);
      return { direction: c.direction, text: `${c.sign}${c.text}` };
    }
    case "days": {
      const c = shown(abs, abs < 10 ? 1 : 0);
      return { direction: c.direction, text: `${c.sign}${c.text} days` };
    }
    default: {
      if (previous === 0) return current === 0 ? { direction: "same", text: "no change" } : { direction: "up", text: `up from ${kind === "money" ? formatMoney(0, salon.currency, salon.locale) : "0"}` };
      const c = shown((abs / Math.abs(previous)) * 100, 0);
      return { direction: c.direction, text: `${c.sign}${c.text}%` };
    }
  }
}
