// Turns a SalonSpec into the rows to insert, with ids generated here so rows can link up.
import { randomUUID } from "node:crypto";
import { isFreeCancellation, policySnapshot } from "@/lib/booking/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { planFutureBookings, planPastBookings, planTodayBookings, prebookSomeVisits } from "./bookings";
import { SeedCalendar } from "./calendar";
import { planClients } from "./clients";
import { addDaysToLocalDate, instantToLocalParts as localParts, localDateTimeToInstant, weekdayOfLocalDate as weekdayOf } from "@/lib/availability/time-zone";
import { Rng } from "./random";
import type { SalonSpec, WorkBlock } from "./types";
import { bookingContact } from "@/lib/booking/contact";
import { seedPayments } from "./payments";
import { addPaymentStories } from "./payment-stories";
import { seedListening, type ListeningRows } from "./listening";

export type SalonRows = {
  tenant: Prisma.TenantCreateManyInput;
  location: Prisma.LocationCreateManyInput;
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  therapists: Prisma.TherapistProfileCreateManyInput[];
  services: Prisma.ServiceCreateManyInput[];
  serviceTherapists: Prisma.ServiceTherapistCreateManyInput[];
  rules: Prisma.AvailabilityRuleCreateManyInput[];
  timeOff: Prisma.TimeOffCreateManyInput[];
  clients: Prisma.ClientCreateManyInput[];
  bookings: Prisma.BookingCreateManyInput[];
  events: Prisma.BookingEventCreateManyInput[];
  payments: Prisma.PaymentRecordCreateManyInput[];
  concerns: Prisma.ConcernCreateManyInput[];
  disputes: Prisma.DisputeCreateManyInput[];
  listening: ListeningRows;
};

const DAY_MS = 86_400_000;

export function buildSalon(spec: SalonSpec, now: Date, passwordHash: string): SalonRows {
  const rng = new Rng(spec.seed);
  const nowMs = now.getTime();
  const { timeZone, currency } = spec.tenant;
  const tenantId = randomUUID();
  const locationId = randomUUID();
  const seededAt = new Date(nowMs - 200 * DAY_MS);
  // Its own stream, so adding payments left the bookings' plan as it was.
  const moneyRng = new Rng(spec.seed ^ 0x9a7e);

  const users: Prisma.UserCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const addUser = (email: string, name: string, role: "OWNER" | "THERAPIST") => {
    const userId = randomUUID();
    users.push({ id: userId, email, name, passwordHash, emailVerified: seededAt, createdAt: seededAt });
    memberships.push({ tenantId, id: randomUUID(), userId, role, createdAt: seededAt });
    return userId;
  };
  addUser(spec.owner.email, spec.owner.name, "OWNER");

  const therapistIds = new Map<string, string>();
  const therapists = spec.therapists.map((t) => {
    const id = randomUUID();
    therapistIds.set(t.key, id);
    const userId = addUser(t.email, t.name, "THERAPIST");
    return { tenantId, id, userId, displayName: t.name, bio: t.bio, createdAt: seededAt };
  });
  const idOf = (key: string) => therapistIds.get(key) ?? "";

  const serviceIds = new Map<string, string>();
  const services = spec.services.map((s) => {
    const id = randomUUID();
    serviceIds.set(s.slug, id);
    const { slug, name, description, durationMinutes, priceCents, bufferBeforeMinutes, bufferAfterMinutes, locationType, sortOrder } = s;
    const depositRule = s.depositRule ?? undefined;
    return { tenantId, id, slug, name, description, durationMinutes, priceCents, bufferBeforeMinutes, bufferAfterMinutes, locationType, sortOrder, depositRule, createdAt: seededAt };
  });
  const serviceTherapists = spec.services.flatMap((s) =>
    s.therapists.map((key) => ({ tenantId, serviceId: serviceIds.get(s.slug) ?? "", therapistId: idOf(key) })),
  );

  const rulesByTherapist = new Map<string, WorkBlock[]>(spec.therapists.map((t) => [idOf(t.key), t.rules]));
  const rules = spec.therapists.flatMap((t) =>
    t.rules.map((r) => ({ tenantId, id: randomUUID(), therapistId: idOf(t.key), locationId, ...r })),
  );

  const calendar = new SeedCalendar(timeZone, rulesByTherapist);
  const today = localParts(nowMs, timeZone).date;
  const nextMonday = addDaysToLocalDate(today, (8 - weekdayOf(today)) % 7 || 7);
  const timeOff = spec.timeOff.map((off) => {
    const from = addDaysToLocalDate(nextMonday, off.daysFromNextMonday);
    for (let i = 0; i < off.days; i++) calendar.markDayOff(idOf(off.therapist), addDaysToLocalDate(from, i));
    return {
      tenantId,
      id: randomUUID(),
      therapistId: idOf(off.therapist),
      startsAt: new Date(localDateTimeToInstant(from, 0, timeZone)),
      endsAt: new Date(localDateTimeToInstant(addDaysToLocalDate(from, off.days), 0, timeZone)),
      reason: off.reason,
    };
  });

  const planned = planClients(spec, rng);
  const ctx = { spec, rng, calendar, therapistIds, today, now: nowMs };
  const plannedBookings = [...planPastBookings(ctx, planned), ...planTodayBookings(ctx, planned), ...planFutureBookings(ctx, planned)];
  // Its own random stream, so the sessions above stay as they were.
  prebookSomeVisits(new Rng(spec.seed ^ 0x7e0b), plannedBookings, nowMs);

  const firstSeen = new Map<string, number>();
  for (const b of plannedBookings) firstSeen.set(b.client.id, Math.min(firstSeen.get(b.client.id) ?? Infinity, b.createdAt));
  const clients = planned.map((c) => ({
    tenantId, id: c.id, name: c.name, email: c.email, phone: c.phone,
    createdAt: new Date(firstSeen.get(c.id) ?? nowMs - 30 * DAY_MS),
  }));

  const bookings: Prisma.BookingCreateManyInput[] = [];
  const events: Prisma.BookingEventCreateManyInput[] = [];
  const payments: Prisma.PaymentRecordCreateManyInput[] = [];
  const salonPolicy = { ...spec.tenant, ...spec.payments };
  for (const b of plannedBookings) {
    const id = randomUUID();
    const policy = policySnapshot(salonPolicy, b.service, spec.tenant.locale);
    const row = {
      tenantId, id, locationId,
      serviceId: serviceIds.get(b.service.slug) ?? "",
      therapistId: idOf(b.therapist),
      clientId: b.client.id,
      ...bookingContact(b.client),
      status: b.status,
      startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt),
      blockStartsAt: new Date(b.blockStartsAt), blockEndsAt: new Date(b.blockEndsAt),
      serviceName: b.service.name, durationMinutes: b.service.durationMinutes, priceCents: b.service.priceCents,
      currency, policySnapshot: policy,
      clientNote: b.clientNote,
      cancelledAt: b.cancelledAt === null ? null : new Date(b.cancelledAt),
      cancelReason: b.cancelReason,
      createdAt: new Date(b.createdAt), updatedAt: new Date(b.updatedAt),
    };
    const money = seedPayments(moneyRng, row, policy, nowMs);
    bookings.push({ ...row, ...money.booking });
    payments.push(...money.records);
    const terminal = b.status !== "CONFIRMED";
    // As cancelBooking records it: a cancellation inside the window is marked late (the dashboard counts these).
    const late = b.cancelledAt !== null && !isFreeCancellation(row.startsAt, policy.cancellationNoticeHours, new Date(b.cancelledAt));
    events.push({
      tenantId, id: randomUUID(), bookingId: id,
      fromStatus: terminal ? "CONFIRMED" : null, toStatus: b.status,
      actor: "seed", note: late ? "late cancellation" : b.cancelReason, createdAt: new Date(terminal ? b.updatedAt : b.createdAt),
    });
  }

  const stories = { bookings, payments, concerns: [] as Prisma.ConcernCreateManyInput[], disputes: [] as Prisma.DisputeCreateManyInput[] };
  addPaymentStories(stories, nowMs);

  // Its own stream too, so the bookings and money above stay as they were.
  const listening = seedListening(new Rng(spec.seed ^ 0x11573), bookings as Parameters<typeof seedListening>[1], therapists, nowMs);

  const { tenant, location } = spec;
  return {
    tenant: { id: tenantId, ...tenant, ...spec.payments, createdAt: seededAt },
    location: { tenantId, id: locationId, ...location, timeZone, createdAt: seededAt },
    users, memberships, therapists, services, serviceTherapists, rules, timeOff, clients, bookings, events,
    payments: stories.payments, concerns: stories.concerns, disputes: stories.disputes, listening,
  };
}
