import { THERAPIST_REBOOKING_DAYS } from "@/lib/loyalty/therapists";
import type { Cohort, LatestWish, SatisfactionPoint, TherapistFigures } from "@/lib/loyalty";
import { HEADLINE_METRICS, type HeadlineMetric } from "./headline";
import { localDateOf } from "@/lib/calendar/dates";
import { cell, csvUnit, describeChange, type Cell, type SalonFormat, type ValueKind } from "./values";

// Every table of the dashboard, built once from the dashboard's data: the page renders them
// (as the text behind each chart) and the CSV export writes the same rows, so what an owner
// downloads is exactly what they saw.

export const TABLE_IDS = ["headline", "money", "rebooking", "cohorts", "satisfaction-trend", "satisfaction-scores", "therapists", "wishes"] as const;
export type TableId = (typeof TABLE_IDS)[number];

export type TableColumn = { label: string; kind: ValueKind };
export type TableRow = { cells: Cell[]; href?: string };
export type DataTable = { id: TableId; title: string; columns: TableColumn[]; rows: TableRow[]; empty: string };

export type TherapistRow = TherapistFigures & { utilisation?: number | null };

export type DashboardTablesInput = {
  summary: Parameters<HeadlineMetric["value"]>[0];
  cohorts: Cohort[];
  satisfactionOverTime: SatisfactionPoint[];
  therapists: TherapistRow[];
  latestWishes: LatestWish[];
};

export type TableContext = {
  salon: SalonFormat & { timeZone: string };
  metrics: HeadlineMetric[];
  /** Where a client's name links to (the client page), if anywhere. */
  clientHref?: (clientId: string) => string;
  /** Whether money columns (tips) are shown: the owner's view. */
  showMoney: boolean;
};

function headline(input: DashboardTablesInput, ctx: TableContext): DataTable {
  return {
    id: "headline",
    title: "Headline figures",
    empty: "No figures for this period.",
    columns: [
      { label: "Figure", kind: "text" },
      { label: "This period", kind: "text" },
      { label: "Previous period", kind: "text" },
      { label: "Change", kind: "text" },
      { label: "Unit", kind: "text" },
    ],
    rows: ctx.metrics.map((m) => {
      const current = m.value(input.summary, "current");
      const previous = m.value(input.summary, "previous");
      const change = describeChange(m.kind, current, previous, ctx.salon);
      return { cells: [cell.text(m.label), { kind: m.kind, value: current }, { kind: m.kind, value: previous }, cell.text(change?.text ?? null), cell.text(csvUnit(m.kind, ctx.salon) ?? "")] };
    }),
  };
}

/** The money figures of the headline, this period beside the previous one (the money chart's table). */
function money(input: DashboardTablesInput, ctx: TableContext): DataTable {
  const rows = ctx.showMoney ? ctx.metrics.filter((m) => m.section === "money" && m.kind === "money") : [];
  return {
    id: "money",
    title: "Money",
    empty: "No money moved for this period.",
    columns: [
      { label: "Kind", kind: "text" },
      { label: "This period", kind: "money" },
      { label: "Previous period", kind: "money" },
    ],
    rows: rows.every((m) => !m.value(input.summary, "current") && !m.value(input.summary, "previous")) ? [] : rows.map((m) => ({ cells: [cell.text(m.label), cell.money(m.value(input.summary, "current")), cell.money(m.value(input.summary, "previous"))] })),
  };
}

function rebooking(input: DashboardTablesInput): DataTable {
  const current = input.summary.rebooking.current;
  return {
    id: "rebooking",
    title: "Rebooking",
    empty: "No completed sessions in this period.",
    columns: [
      { label: "Within", kind: "text" },
      { label: "Sessions counted", kind: "count" },
      { label: "Followed by a booking", kind: "count" },
      { label: "Rate", kind: "share" },
    ],
    rows: current.sessions === 0 ? [] : [
      ...current.windows.map((w) => ({ cells: [cell.text(`${w.days} days`), cell.count(w.eligible), cell.count(w.rebooked), cell.share(w.rate)] })),
      { cells: [cell.text("Prebooked (24 h)"), cell.count(current.sessions), cell.count(current.prebooked), cell.share(current.prebookingRate)] },
    ],
  };
}

function cohorts(input: DashboardTablesInput): DataTable {
  const span = Math.max(0, ...input.cohorts.map((c) => c.cells.length));
  return {
    id: "cohorts",
    title: "Retention by month of first visit",
    empty: "No client had their first visit in this period.",
    columns: [{ label: "First visit", kind: "date" }, { label: "Clients", kind: "count" }, ...Array.from({ length: span }, (_, k) => ({ label: k === 0 ? "Month 0" : `Month ${k}`, kind: "share" as const }))],
    rows: input.cohorts.map((c) => ({
      cells: [cell.date(c.month), cell.count(c.size), ...Array.from({ length: span }, (_, k) => (k < c.cells.length ? cell.share(c.cells[k]!.share) : cell.text("")))],
    })),
  };
}

function satisfactionTrend(input: DashboardTablesInput): DataTable {
  return {
    id: "satisfaction-trend",
    title: "Satisfaction over time",
    empty: "No check-ins in this period.",
    columns: [
      { label: "From", kind: "date" },
      { label: "Check-ins", kind: "count" },
      { label: "Average score", kind: "score" },
    ],
    rows: input.satisfactionOverTime.map((p) => ({ cells: [cell.date(p.start), cell.count(p.checkIns), cell.score(p.average)] })),
  };
}

function satisfactionScores(input: DashboardTablesInput): DataTable {
  const s = input.summary.satisfaction.current;
  return {
    id: "satisfaction-scores",
    title: "Check-in scores",
    empty: "No check-ins in this period.",
    columns: [
      { label: "Score", kind: "text" },
      { label: "Check-ins", kind: "count" },
      { label: "Share", kind: "share" },
    ],
    rows: s.checkIns === 0 ? [] : s.distribution.map((n, i) => ({ cells: [cell.text(`${i + 1} of 5`), cell.count(n), cell.share(n / s.checkIns)] })).reverse(),
  };
}

function therapists(input: DashboardTablesInput, ctx: TableContext): DataTable {
  return {
    id: "therapists",
    title: "By therapist",
    empty: "No sessions in this period.",
    columns: [
      { label: "Therapist", kind: "text" },
      { label: "Sessions", kind: "count" },
      { label: "Utilisation", kind: "share" },
      { label: `Rebooked within ${THERAPIST_REBOOKING_DAYS} days`, kind: "share" },
      { label: "Satisfaction", kind: "score" },
      { label: "No-shows", kind: "count" },
      ...(ctx.showMoney ? [{ label: "Tips", kind: "money" as const }] : []),
    ],
    rows: input.therapists.map((t) => ({
      cells: [cell.text(t.therapistName), cell.count(t.sessions), cell.share(t.utilisation ?? null), cell.share(t.rebookingRate), cell.score(t.satisfaction), cell.count(t.noShows), ...(ctx.showMoney ? [cell.money(t.tipsMinor)] : [])],
    })),
  };
}

function wishes(input: DashboardTablesInput, ctx: TableContext): DataTable {
  return {
    id: "wishes",
    title: "What clients would like different",
    empty: "No client asked for anything different in this period.",
    columns: [
      { label: "Client", kind: "text" },
      { label: "Sent", kind: "date" },
      { label: "Score", kind: "score" },
      { label: "What they would like different", kind: "text" },
    ],
    rows: input.latestWishes.map((w) => ({
      href: ctx.clientHref?.(w.clientId),
      cells: [cell.text(w.clientName), cell.date(localDateOf(w.createdAt, ctx.salon.timeZone)), cell.score(w.satisfaction), cell.text(w.wishes)],
    })),
  };
}

export function buildTables(input: DashboardTablesInput, ctx: TableContext): Record<TableId, DataTable> {
  return {
    headline: headline(input, ctx),
    money: money(input, ctx),
    rebooking: rebooking(input),
    cohorts: cohorts(input),
    "satisfaction-trend": satisfactionTrend(input),
    "satisfaction-scores": satisfactionScores(input),
    therapists: therapists(input, ctx),
    wishes: wishes(input, ctx),
  };
}

export { HEADLINE_METRICS };
