import { z } from "zod";
import { localDateToEpochDay } from "@/lib/availability/local-date";
import { addDaysToLocalDate } from "@/lib/availability/time-zone";
import { dayBounds, localDateOf } from "@/lib/calendar/dates";
import { defaultBucket } from "@/lib/loyalty/dashboard";
import { RANGE_PRESETS, type RangePreset } from "./presets";

export { PRESET_LABELS, RANGE_PRESETS, type RangePreset } from "./presets";

// The dashboard's filters, read from the query string (so a view can be bookmarked and shared,
// and the filters work without JavaScript): a period of whole local days in the salon's zone,
// and optionally one location and one therapist. Bad input falls back to the default period
// with a message, never an error page.

export const DEFAULT_PRESET = "90d" satisfies RangePreset;
/** Longer ranges make every chart unreadable and the previous period meaningless. */
export const MAX_RANGE_DAYS = 3 * 366;

export type SatisfactionBucket = "day" | "week" | "month";

export type InsightsFilter = {
  preset: RangePreset;
  /** First and last local dates of the period (inclusive), in the salon's zone. */
  fromDate: string;
  toDate: string;
  /** The period as instants: [first local midnight, the midnight after the last date). */
  from: Date;
  to: Date;
  days: number;
  locationId: string | null;
  therapistId: string | null;
  /** How finely the satisfaction chart groups check-ins for a period this long (lib/loyalty's rule). */
  bucket: SatisfactionBucket;
};

const ZLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-09-30").refine((d) => {
  try {
    localDateToEpochDay(d);
    return true;
  } catch {
    return false;
  }
}, "That is not a date");

const ZId = z.uuid();

function one(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() || undefined;
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function presetDates(preset: Exclude<RangePreset, "custom">, today: string): { fromDate: string; toDate: string } {
  switch (preset) {
    case "30d":
      return { fromDate: addDaysToLocalDate(today, -29), toDate: today };
    case "90d":
      return { fromDate: addDaysToLocalDate(today, -89), toDate: today };
    case "365d":
      return { fromDate: addDaysToLocalDate(today, -364), toDate: today };
    case "this-month":
      return { fromDate: monthStart(today), toDate: today };
    case "last-month": {
      const lastDay = addDaysToLocalDate(monthStart(today), -1);
      return { fromDate: monthStart(lastDay), toDate: lastDay };
    }
  }
}

/**
 * The filter the query string asks for, as of `now` in the salon's `timeZone`. A custom range
 * needs both dates, the first not after the last, at most MAX_RANGE_DAYS long; otherwise the
 * default period is used and `problem` says why. Ids are only checked for shape here: the page
 * keeps them only when they name one of the salon's locations or therapists.
 */
export function parseInsightsFilter(search: Record<string, string | string[] | undefined>, { now, timeZone }: { now: Date; timeZone: string }): { filter: InsightsFilter; problem: string | null } {
  const today = localDateOf(now, timeZone);
  const requested = one(search.range);
  let preset: RangePreset = (RANGE_PRESETS as readonly string[]).includes(requested ?? "") ? (requested as RangePreset) : DEFAULT_PRESET;
  let problem: string | null = requested && preset !== requested ? "That period is not one we know; showing the last 90 days." : null;
  let dates = preset === "custom" ? null : presetDates(preset as Exclude<RangePreset, "custom">, today);
  if (preset === "custom") {
    const from = ZLocalDate.safeParse(one(search.from));
    const to = ZLocalDate.safeParse(one(search.to));
    if (!from.success || !to.success) problem = "Choose both a first and a last day for a custom period; showing the last 90 days.";
    else if (from.data > to.data) problem = "The first day comes after the last day; showing the last 90 days.";
    else if (localDateToEpochDay(to.data) - localDateToEpochDay(from.data) + 1 > MAX_RANGE_DAYS) problem = "Choose a period of at most three years; showing the last 90 days.";
    else dates = { fromDate: from.data, toDate: to.data };
    if (!dates) {
      preset = DEFAULT_PRESET;
      dates = presetDates(DEFAULT_PRESET, today);
    }
  }
  const { fromDate, toDate } = dates!;
  const days = localDateToEpochDay(toDate) - localDateToEpochDay(fromDate) + 1;
  const location = ZId.safeParse(one(search.location));
  const therapist = ZId.safeParse(one(search.therapist));
  return {
    filter: {
      preset,
      fromDate,
      toDate,
      from: new Date(dayBounds(fromDate, timeZone).start),
      to: new Date(dayBounds(toDate, timeZone).end),
      days,
      locationId: location.success ? location.data : null,
      therapistId: therapist.success ? therapist.data : null,
      bucket: defaultBucket({ from: new Date(dayBounds(fromDate, timeZone).start), to: new Date(dayBounds(toDate, timeZone).end) }),
    },
    problem,
  };
}

/** The query string of a filter (for links: the CSV exports, "clear the therapist"). */
export function insightsQuery(filter: Pick<InsightsFilter, "preset" | "fromDate" | "toDate" | "locationId" | "therapistId">, overrides: Partial<Record<"location" | "therapist", string | null>> = {}): string {
  const params = new URLSearchParams({ range: filter.preset });
  if (filter.preset === "custom") {
    params.set("from", filter.fromDate);
    params.set("to", filter.toDate);
  }
  const location = "location" in overrides ? overrides.location : filter.locationId;
  const therapist = "therapist" in overrides ? overrides.therapist : filter.therapistId;
  if (location) params.set("location", location);
  if (therapist) params.set("therapist", therapist);
  return params.toString();
}
