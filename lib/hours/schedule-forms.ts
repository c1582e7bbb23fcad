import { z } from "zod";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { singleLineText } from "@/lib/validation/text";
import { parseClock, type WorkBlock } from "./weekly-hours";

// The schedule page's forms as posted, parsed by their actions (kept out of the "use server" file).

export const BLOCKS_PER_DAY = 3;

const base = { salon: z.string(), therapist: z.string().optional() };

/** Fields d<weekday>s<i> / d<weekday>e<i> ("09:00"), empty pairs ignored; decision when bookings would be stranded. */
export const ZHoursFormSchema = z
  .object({ ...base, decision: z.enum(["refuse", "keep", "cancel"]).default("refuse") })
  .catchall(z.string())
  .transform((form, ctx) => {
    const blocks: WorkBlock[] = [];
    for (let weekday = 0; weekday <= 6; weekday++) {
      for (let i = 0; i < BLOCKS_PER_DAY; i++) {
        const start = (form[`d${weekday}s${i}`] as string | undefined)?.trim() ?? "";
        const end = (form[`d${weekday}e${i}`] as string | undefined)?.trim() ?? "";
        if (!start && !end) continue;
        const startMinute = parseClock(start);
        const endMinute = parseClock(end);
        if (startMinute === null || endMinute === null) {
          ctx.addIssue({ code: "custom", message: "Enter both times, like 09:00", path: [`d${weekday}`] });
          continue;
        }
        if (startMinute >= endMinute) ctx.addIssue({ code: "custom", message: "The end must come after the start", path: [`d${weekday}`] });
        blocks.push({ weekday, startMinute, endMinute });
      }
    }
    return { salon: form.salon, therapist: form.therapist, decision: form.decision, blocks };
  });

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a date and time");

export const ZTimeOffFormSchema = z.object({
  ...base,
  from: localDateTime,
  until: localDateTime,
  reason: singleLineText().max(120, "Please keep this under 120 characters").optional(),
  decision: z.enum(["refuse", "keep", "cancel"]).default("refuse"),
});

export const ZRemoveTimeOffFormSchema = z.object({ ...base, timeOff: z.string() });
export const ZFeedFormSchema = z.object({ ...base, intent: z.enum(["create", "revoke"]) });

/** "2026-12-05T09:00" in the salon's zone as an instant. */
export function localInputToInstant(value: string, timeZone: string): Date {
  const [date, time] = value.split("T") as [string, string];
  return new Date(localDateTimeToInstant(date, parseClock(time) ?? 0, timeZone));
}
