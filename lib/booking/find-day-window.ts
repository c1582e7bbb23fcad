import { findSlots, loadServiceContext, type ServiceContext } from "./find-slots";
import { classifyDays, datesBetween, dayWindowBounds, type DayWindowBounds, type WindowDay } from "./day-window";

export type DayWindow = DayWindowBounds & { timeZone: string; days: WindowDay[] };

/**
 * A window of `size` days of free times for the public time step (see dayWindowBounds), up to
 * the salon's booking horizon. Days with no free time say why; telling "booked up" from
 * "nobody works" takes a second engine run without bookings, only when some day is empty.
 */
export async function findDayWindow(args: {
  tenantId: string;
  serviceId: string;
  therapistId: string;
  now: Date;
  size: number;
  from?: string;
  date?: string;
  /** A booking being moved: its own time is free for it. */
  exceptBookingId?: string;
  /** The service as a moved booking needs it (its own length); loaded when absent. */
  context?: ServiceContext;
}): Promise<DayWindow> {
  const { tenantId, serviceId, therapistId, now, size, exceptBookingId } = args;
  const context = args.context ?? (await loadServiceContext(tenantId, serviceId));
  const timeZone = context.location.timeZone;
  const bounds = dayWindowBounds({ now: now.getTime(), timeZone, horizonDays: context.tenant.bookingHorizonDays, size, from: args.from, date: args.date });
  const search = { tenantId, serviceId, therapistId, fromDate: bounds.from, toDate: bounds.to, now, exceptBookingId };
  const { slots, schedules } = await findSlots(search, context);
  const dates = datesBetween(bounds.from, bounds.to);
  const classify = (slotsIgnoringBookings: typeof slots) => classifyDays({ dates, timeZone, slots, slotsIgnoringBookings, schedules });
  const first = classify(slots);
  const days = first.every((day) => day.status === "free") ? first : classify((await findSlots({ ...search, ignoreBookings: true }, context)).slots);
  // The horizon ends during its last day: when it ends before that day's first time, leave the day out.
  const last = days.at(-1)!;
  if (bounds.next === null && days.length > 1 && last.status === "none") {
    days.pop();
    return { ...bounds, to: days.at(-1)!.date, lastDate: days.at(-1)!.date, timeZone, days };
  }
  return { ...bounds, timeZone, days };
}
