import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { can, parseIdOrNotFound, type StaffContext } from "@/lib/tenancy/guard";
import { visitAddressLine } from "@/lib/booking/visit-address";
import { calendarDates, rangeBounds, type TCalendarQuery } from "./dates";
import { buildCalendar, type CalendarModel } from "./grid";

// The staff calendar of one salon: a therapist sees their own sessions, the owner everyone's
// (or one therapist's, filtered). Everything is read within the caller's tenant; a therapist
// id from another salon, or a colleague's for a therapist, is simply not found.

export type CalendarEntry = {
  id: string;
  therapistId: string;
  therapistName: string;
  status: "PENDING" | "CONFIRMED" | "CANCELLED" | "COMPLETED" | "NO_SHOW";
  startsAt: Date;
  endsAt: Date;
  clientName: string;
  serviceName: string;
  mobile: boolean;
  /** The client's address of a mobile session, in one line (null: not given yet, or a studio session). */
  address: string | null;
};

export type StaffCalendar = {
  model: CalendarModel<CalendarEntry>;
  /** Every therapist the caller may filter by (the owner's filter); one for a therapist. */
  therapists: { id: string; name: string }[];
  /** The therapist the owner filtered by, or null for everyone (or a therapist's own calendar). */
  filteredBy: string | null;
  everyone: boolean;
};

export async function getStaffCalendar(ctx: StaffContext, query: TCalendarQuery, now: Date): Promise<StaffCalendar> {
  const everyone = can(ctx, "bookings.read.all");
  if (!everyone && !(ctx.therapistId && can(ctx, "bookings.read.own"))) throw new AppError("FORBIDDEN", "You do not have access to the calendar");
  const prisma = await db();
  const timeZone = ctx.tenant.timeZone;
  const range = rangeBounds(calendarDates(query.view, query.date), timeZone);
  const when = { startsAt: { lt: new Date(range.end) }, endsAt: { gt: new Date(range.start) } };

  // The owner's list: active therapists, and any others with sessions in view.
  const visible = await prisma.therapistProfile.findMany({
    where: { tenantId: ctx.tenantId, ...(everyone ? { OR: [{ active: true }, { bookings: { some: when } }] } : { id: ctx.therapistId! }) },
    select: { id: true, displayName: true },
    orderBy: [{ createdAt: "asc" }, { displayName: "asc" }],
  });
  const filteredBy = query.therapistId === null ? null : parseIdOrNotFound(query.therapistId, "Therapist");
  const shown = filteredBy ? visible.filter((t) => t.id === filteredBy) : visible;
  if (filteredBy && shown.length === 0) throw new AppError("NOT_FOUND", "Therapist not found");
  const ids = shown.map((t) => t.id);

  const [rules, timeOff, bookings] = await Promise.all([
    prisma.availabilityRule.findMany({ where: { tenantId: ctx.tenantId, therapistId: { in: ids } }, select: { therapistId: true, weekday: true, startMinute: true, endMinute: true } }),
    prisma.timeOff.findMany({ where: { tenantId: ctx.tenantId, therapistId: { in: ids }, ...when }, select: { therapistId: true, startsAt: true, endsAt: true, reason: true } }),
    prisma.booking.findMany({
      where: { tenantId: ctx.tenantId, therapistId: { in: ids }, ...when },
      select: { id: true, therapistId: true, status: true, startsAt: true, endsAt: true, contactName: true, serviceName: true, visitAddress: true, service: { select: { locationType: true } } },
      orderBy: { startsAt: "asc" },
    }),
  ]);
  const names = new Map(shown.map((t) => [t.id, t.displayName]));
  const model = buildCalendar<CalendarEntry>({
    view: query.view,
    date: query.date,
    timeZone,
    now,
    therapists: shown.map((t) => ({ id: t.id, name: t.displayName, rules: rules.filter((r) => r.therapistId === t.id), timeOff: timeOff.filter((o) => o.therapistId === t.id) })),
    bookings: bookings.map((b) => ({
      id: b.id,
      therapistId: b.therapistId,
      therapistName: names.get(b.therapistId) ?? "",
      status: b.status,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      clientName: b.contactName,
      serviceName: b.serviceName,
      mobile: b.service.locationType === "MOBILE",
      address: visitAddressLine(b.visitAddress),
    })),
  });
  return { model, therapists: visible.map((t) => ({ id: t.id, name: t.displayName })), filteredBy, everyone };
}
