import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { computeAvailability, type Slot, type TherapistSchedule } from "@/lib/availability";
import { addDaysToLocalDate, localDateTimeToInstant } from "@/lib/availability/time-zone";
import { loadBusyIntervals } from "./load-busy-intervals";
import { getPrimaryLocation } from "./primary-location";
import { DATE_RANGE_MESSAGE, isSupportedLocalDate } from "@/lib/validation/dates";

export type SlotSearch = {
  tenantId: string;
  serviceId: string;
  /** A therapist id, or "any" for whoever is free. */
  therapistId: string | "any";
  fromDate: string;
  toDate: string;
  now: Date;
  /** Leave existing bookings out, to tell "taken" apart from "never bookable". */
  ignoreBookings?: boolean;
  /** A booking being moved: its own time does not count as taken. */
  exceptBookingId?: string;
};

import { withTravelBuffers } from "./service-timing";

const DAY_MS = 86_400_000;

/** The bookable service and the location whose zone its calendar runs in. */
export async function loadServiceContext(tenantId: string, serviceId: string) {
  const prisma = await db();
  const [tenant, service, location] = await Promise.all([
    prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } }),
    prisma.service.findFirst({ where: { tenantId, id: serviceId, active: true } }),
    getPrimaryLocation(tenantId),
  ]);
  if (!service) throw new AppError("NOT_FOUND", "That service is not available");
  if (!location) throw new AppError("NOT_FOUND", "This salon has no location yet");
  return { tenant, service: withTravelBuffers(service, tenant), location };
}

export type ServiceContext = Awaited<ReturnType<typeof loadServiceContext>>;

/** Loads schedules from the database and runs the availability engine on them. */
export async function findSlots(search: SlotSearch, context?: ServiceContext) {
  // The boundary schemas already hold dates to this range; the day arithmetic below relies on it.
  if (!isSupportedLocalDate(search.fromDate) || !isSupportedLocalDate(search.toDate)) {
    throw new AppError("VALIDATION", DATE_RANGE_MESSAGE, { fromDate: [DATE_RANGE_MESSAGE] });
  }
  const prisma = await db();
  const { tenantId } = search;
  const { tenant, service, location } = context ?? (await loadServiceContext(tenantId, search.serviceId));

  const offering = await prisma.serviceTherapist.findMany({
    where: {
      tenantId,
      serviceId: service.id,
      therapist: { active: true },
      ...(search.therapistId === "any" ? {} : { therapistId: search.therapistId }),
    },
    select: { therapistId: true },
  });
  if (search.therapistId !== "any" && offering.length === 0) {
    throw new AppError("NOT_FOUND", "That therapist does not offer this service");
  }
  const therapistIds = offering.map((o) => o.therapistId);

  // Widen by a day each side: buffers and zone offsets reach past the local dates.
  const rangeStart = new Date(localDateTimeToInstant(search.fromDate, 0, location.timeZone) - DAY_MS);
  const rangeEnd = new Date(localDateTimeToInstant(addDaysToLocalDate(search.toDate, 1), 0, location.timeZone) + DAY_MS);
  const [rules, timeOff, bookings] = await Promise.all([
    prisma.availabilityRule.findMany({ where: { tenantId, locationId: location.id, therapistId: { in: therapistIds } } }),
    prisma.timeOff.findMany({
      where: { tenantId, therapistId: { in: therapistIds }, startsAt: { lt: rangeEnd }, endsAt: { gt: rangeStart } },
    }),
    search.ignoreBookings
      ? Promise.resolve(new Map<string, { start: number; end: number }[]>())
      : loadBusyIntervals(prisma, { tenantId, therapistIds, from: rangeStart, to: rangeEnd, exceptBookingId: search.exceptBookingId }),
  ]);

  const schedules: TherapistSchedule[] = therapistIds.map((id) => ({
    therapistId: id,
    rules: rules.filter((r) => r.therapistId === id).map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute })),
    timeOff: timeOff.filter((t) => t.therapistId === id).map((t) => ({ start: t.startsAt.getTime(), end: t.endsAt.getTime() })),
    busy: bookings.get(id) ?? [],
  }));

  const slots: Slot[] = computeAvailability({
    timeZone: location.timeZone,
    fromDate: search.fromDate,
    toDate: search.toDate,
    service,
    therapists: schedules,
    stepMinutes: tenant.slotStepMinutes,
    minNoticeMinutes: tenant.minNoticeMinutes,
    horizonDays: tenant.bookingHorizonDays,
    now: search.now.getTime(),
  });
  return { tenant, service, location, slots, schedules };
}
