import { instantToLocalParts } from "@/lib/availability/time-zone";

export type DayGroup<T> = { date: string; isToday: boolean; isPast: boolean; items: T[] };

/** Groups items (sorted by start) by their local calendar day in the zone. */
export function groupByLocalDay<T extends { startsAt: Date }>(items: T[], timeZone: string, now: Date): DayGroup<T>[] {
  const today = instantToLocalParts(now.getTime(), timeZone).date;
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const date = instantToLocalParts(item.startsAt.getTime(), timeZone).date;
    let group = groups.at(-1);
    if (!group || group.date !== date) {
      group = { date, isToday: date === today, isPast: date < today, items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}
