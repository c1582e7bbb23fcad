import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { can, type StaffContext } from "@/lib/tenancy/guard";
import { ZPolicySnapshotSchema } from "./policy";
import { findDayWindow, type DayWindow } from "./find-day-window";
import { serviceContextFor } from "./reschedule-booking";
import { mayMoveBooking, type MoveRuling } from "./reschedule-rules";

// Reads for the client's "change time" page (reached only with the booking's manage token).

export async function getMovableBooking(tenantId: string, bookingId: string) {
  const prisma = await db();
  const booking = await prisma.booking.findFirst({
    where: { tenantId, id: bookingId },
    select: {
      id: true,
      tenantId: true,
      status: true,
      startsAt: true,
      serviceId: true,
      therapistId: true,
      durationMinutes: true,
      serviceName: true,
      policySnapshot: true,
      therapist: { select: { displayName: true } },
      location: { select: { timeZone: true } },
    },
  });
  if (!booking) return null;
  return { ...booking, noticeHours: ZPolicySnapshotSchema.parse(booking.policySnapshot).cancellationNoticeHours };
}

export type MovableBooking = NonNullable<Awaited<ReturnType<typeof getMovableBooking>>>;

/** A booking staff may see (owner: any; therapist: their own), for the staff move page. */
export async function getStaffMovableBooking(staff: StaffContext, bookingId: string) {
  const booking = await getMovableBooking(staff.tenantId, bookingId);
  const visible = booking && (can(staff, "bookings.read.all") || (staff.therapistId !== null && booking.therapistId === staff.therapistId));
  if (!visible) throw new AppError("NOT_FOUND", "Booking not found");
  return booking;
}

/** Whether the client may move it now, and if not, why (in their words). */
export function clientMayMove(booking: Pick<MovableBooking, "status" | "startsAt" | "therapistId" | "noticeHours">, now: Date): MoveRuling {
  return mayMoveBooking(booking, { kind: "client" }, now);
}

/** Days shown at once on the pages that move a booking; earlier and later windows page to the salon's horizon. */
export const MOVE_WINDOW_DAYS = 14;

/**
 * A window of days and free times the booking could move to (see findDayWindow): its own time
 * does not count as taken, it keeps its length, and its current time with its current therapist
 * is no move at all.
 */
export async function findMoveWindow({ booking, therapistId, now, from, date }: { booking: MovableBooking; therapistId: string; now: Date; from?: string; date?: string }): Promise<DayWindow> {
  const context = await serviceContextFor(booking);
  const window = await findDayWindow({ tenantId: booking.tenantId, serviceId: booking.serviceId, therapistId, now, size: MOVE_WINDOW_DAYS, from, date, exceptBookingId: booking.id, context });
  if (therapistId !== booking.therapistId && therapistId !== "any") return window;
  const current = booking.startsAt.getTime();
  return {
    ...window,
    days: window.days.map((day) => {
      const slots = day.slots.filter((slot) => slot.start !== current);
      return { ...day, slots, status: day.status === "free" && slots.length === 0 ? "full" : day.status };
    }),
  };
}
