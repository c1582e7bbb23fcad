import { z } from "zod";
import { instantToLocalParts } from "@/lib/availability/time-zone";

// A therapist's week: working blocks per weekday (0 = Sunday … 6 = Saturday), minutes from
// local midnight; the gaps between a day's blocks are its breaks. Pure checks live here.

export type WorkBlock = { weekday: number; startMinute: number; endMinute: number };

const ZBlockSchema = z
  .object({
    weekday: z.number().int().min(0).max(6),
    startMinute: z.number().int().min(0, "A day starts at 00:00").max(1439),
    endMinute: z.number().int().min(1).max(1440, "A day ends at 24:00"),
  })
  .refine((b) => b.startMinute < b.endMinute, { message: "Each block must end after it starts", path: ["endMinute"] });

export const ZWeeklyHoursSchema = z
  .array(ZBlockSchema)
  .max(7 * 6, "At most six blocks a day")
  .superRefine((blocks, ctx) => {
    for (let weekday = 0; weekday <= 6; weekday++) {
      const day = blocks.filter((b) => b.weekday === weekday).sort((a, b) => a.startMinute - b.startMinute);
      for (let i = 1; i < day.length; i++) {
        if (day[i]!.startMinute < day[i - 1]!.endMinute) ctx.addIssue({ code: "custom", message: "Working blocks on the same day cannot overlap", path: [`day${weekday}`] });
      }
    }
  });

/** Minutes like "09:30" ⇄ 570. */
export function parseClock(text: string): number | null {
  const match = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : null;
}

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

type Session = { id: string; startsAt: Date; endsAt: Date };

/**
 * Sessions that would lie outside the new hours: a session must fit inside one block of its
 * local weekday (its buffers may run over, as the availability engine allows).
 */
export function strandedByHours<S extends Session>(sessions: S[], blocks: WorkBlock[], timeZone: string): S[] {
  return sessions.filter((s) => {
    const start = instantToLocalParts(s.startsAt.getTime(), timeZone);
    const end = instantToLocalParts(s.endsAt.getTime(), timeZone);
    const endMinute = end.date === start.date ? end.minuteOfDay : 1440 + end.minuteOfDay;
    return !blocks.some((b) => b.weekday === start.weekday && b.startMinute <= start.minuteOfDay && endMinute <= b.endMinute);
  });
}

/** Sessions a stretch of time off would overlap. */
export function strandedByTimeOff<S extends Session>(sessions: S[], off: { startsAt: Date; endsAt: Date }): S[] {
  return sessions.filter((s) => s.startsAt < off.endsAt && s.endsAt > off.startsAt);
}
