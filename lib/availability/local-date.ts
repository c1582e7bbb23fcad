// Calendar arithmetic on local dates ("YYYY-MM-DD") as integer day numbers, so no Date
// objects and no dependence on the host zone. Proleptic Gregorian, days since 1970-01-01.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function civilToEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of civilToEpochDay. */
export function epochDayToCivil(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** "YYYY-MM-DD" → day number; throws RangeError on malformed or impossible dates. */
export function localDateToEpochDay(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Invalid local date "${date}", expected YYYY-MM-DD`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const epochDay = civilToEpochDay(year, month, day);
  const back = epochDayToCivil(epochDay);
  // Round-tripping rejects 2026-02-30, month 13 and the like.
  if (back.year !== year || back.month !== month || back.day !== day) {
    throw new RangeError(`Invalid local date "${date}"`);
  }
  return epochDay;
}

export function epochDayToLocalDate(epochDay: number): string {
  const { year, month, day } = epochDayToCivil(epochDay);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function addDaysToLocalDate(date: string, days: number): string {
  return epochDayToLocalDate(localDateToEpochDay(date) + days);
}

/** 0=Sunday..6=Saturday. */
export function weekdayOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday.
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function weekdayOfLocalDate(date: string): number {
  return weekdayOfEpochDay(localDateToEpochDay(date));
}
