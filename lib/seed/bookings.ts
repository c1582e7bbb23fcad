// Plans the booking history: ~13 months of past visits driven by each client's habits (long
// enough for a year of retention cohorts and a previous period to compare with),
// then a light sprinkling of confirmed bookings over the next two weeks.
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import type { Placement, SeedCalendar } from "./calendar";
import { pickService, type PlannedClient } from "./clients";
import { addDaysToLocalDate } from "@/lib/availability/time-zone";
import type { Rng } from "./random";
import type { SalonSpec, ServiceSpec } from "./types";

export const HISTORY_DAYS = 395;
export const FUTURE_DAYS = 14;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const NO_SHOW_SHARE = 0.04;
const CANCELLED_SHARE = 0.08;

export type PlannedBooking = Placement & {
  therapist: string;
  service: ServiceSpec;
  client: PlannedClient;
  status: BookingStatus;
  createdAt: number;
  updatedAt: number;
  cancelledAt: number | null;
  cancelReason: string | null;
  clientNote: string | null;
};

type Ctx = { spec: SalonSpec; rng: Rng; calendar: SeedCalendar; therapistIds: Map<string, string>; today: string; now: number };

const CANCEL_REASONS = ["Rescheduling, work came up", "Feeling unwell", "Travel plans changed", "Family emergency", "Booked the wrong day"];
const NOTES = ["Please go easy on my lower back.", "First massage in a while!", "Sensitive to strong scents, unscented oil please.", "Tight shoulders from running.", "Could we focus on neck and shoulders?"];

/** Tries (date, therapist) pairs in order and reserves the first that has room. */
function visit(ctx: Ctx, client: PlannedClient, date: string, service: ServiceSpec, lastDate: string, loyal: boolean) {
  const { rng, calendar, therapistIds } = ctx;
  const others = rng.shuffle(service.therapists.filter((t) => t !== client.favouriteTherapist));
  const order = service.therapists.includes(client.favouriteTherapist) ? [client.favouriteTherapist, ...others] : others;
  const dates = [0, 1, 2].map((d) => addDaysToLocalDate(date, d)).filter((d) => d <= lastDate);
  // Loyal clients move the day before they change therapist; others take whoever is free.
  const pairs = loyal ? order.flatMap((t) => dates.map((d) => [d, t] as const)) : dates.flatMap((d) => order.map((t) => [d, t] as const));
  for (const [day, therapist] of pairs) {
    const placement = calendar.place(rng, therapistIds.get(therapist) ?? "", client.id, day, service);
    if (placement) return { ...placement, therapist };
  }
  return undefined;
}

function serviceFor(ctx: Ctx, client: PlannedClient): ServiceSpec {
  return client.kind === "regular" && ctx.rng.chance(0.8) ? client.favouriteService : pickService(ctx.rng, ctx.spec.services);
}

type Visit = { client: PlannedClient; placed: Placement & { therapist: string }; service: ServiceSpec };

function pastBooking(ctx: Ctx, { client, placed, service }: Visit, status: BookingStatus): PlannedBooking {
  const { rng } = ctx;
  const createdAt = placed.startsAt - rng.int(1, 21) * DAY_MS - rng.int(0, 600) * 60_000;
  const cancelledAt = status === "CANCELLED" ? Math.max(createdAt + HOUR_MS, placed.startsAt - rng.int(2, 96) * HOUR_MS) : null;
  const updatedAt = cancelledAt ?? (status === "NO_SHOW" ? placed.startsAt + 20 * 60_000 : placed.endsAt);
  return {
    ...placed, service, client, status, createdAt, updatedAt, cancelledAt,
    cancelReason: cancelledAt === null ? null : rng.pick(CANCEL_REASONS),
    clientNote: rng.chance(0.08) ? rng.pick(NOTES) : null,
  };
}

function futureBooking(ctx: Ctx, client: PlannedClient, placed: Placement & { therapist: string }, service: ServiceSpec): PlannedBooking {
  const createdAt = Math.min(placed.startsAt - ctx.rng.int(1, 14) * DAY_MS, ctx.now - ctx.rng.int(1, 72) * HOUR_MS);
  return {
    ...placed, service, client, status: "CONFIRMED", createdAt, updatedAt: createdAt, cancelledAt: null, cancelReason: null,
    clientNote: ctx.rng.chance(0.1) ? ctx.rng.pick(NOTES) : null,
  };
}

export function planPastBookings(ctx: Ctx, clients: PlannedClient[]): PlannedBooking[] {
  const { rng, today } = ctx;
  const first = addDaysToLocalDate(today, -HISTORY_DAYS);
  const last = addDaysToLocalDate(today, -1);
  const visits: Visit[] = [];
  const book = (client: PlannedClient, date: string) => {
    const service = serviceFor(ctx, client);
    const placed = visit(ctx, client, date, service, last, client.kind === "regular");
    if (placed) visits.push({ client, placed, service });
  };
  for (const client of clients) {
    if (client.kind === "regular") {
      // Most regulars go back the whole history; many found the salon during the year (a growing salon).
      let offset = rng.chance(0.4) ? rng.int(30, HISTORY_DAYS - 60) : rng.int(0, client.cadenceDays);
      while (offset < HISTORY_DAYS) {
        book(client, addDaysToLocalDate(first, offset));
        offset += client.cadenceDays + rng.int(-3, 3);
      }
    } else {
      const visits = client.kind === "occasional" ? rng.int(2, 5) : 1;
      const offsets = Array.from({ length: visits }, () => rng.int(0, HISTORY_DAYS - 1)).sort((a, b) => a - b);
      for (const offset of offsets) book(client, addDaysToLocalDate(first, offset));
    }
  }
  // Exact shares rather than per-booking dice: ~4% no-shows, ~8% cancellations, the rest completed.
  const order = rng.shuffle(visits.map((_, i) => i));
  const status = new Map<number, BookingStatus>();
  order.forEach((index, rank) => {
    status.set(index, rank < Math.round(visits.length * NO_SHOW_SHARE) ? "NO_SHOW" : rank < Math.round(visits.length * (NO_SHOW_SHARE + CANCELLED_SHARE)) ? "CANCELLED" : "COMPLETED");
  });
  return visits.map((v, i) => pastBooking(ctx, v, status.get(i) ?? "COMPLETED"));
}

/**
 * Today's sessions, so the staff area's "Today" has something to show on a fresh start: those
 * already over are completed, the rest confirmed.
 */
export function planTodayBookings(ctx: Ctx, clients: PlannedClient[]): PlannedBooking[] {
  const { rng, spec, today, now } = ctx;
  const out: PlannedBooking[] = [];
  for (const therapist of spec.therapists) {
    const offered = spec.services.filter((s) => s.therapists.includes(therapist.key));
    const therapistId = ctx.therapistIds.get(therapist.key) ?? "";
    for (let i = 0; i < 2; i++) {
      const client = rng.pick(clients);
      const service = pickService(rng, offered);
      const placed = ctx.calendar.place(rng, therapistId, client.id, today, service);
      if (!placed) continue;
      const booking = futureBooking(ctx, client, { ...placed, therapist: therapist.key }, service);
      out.push(placed.endsAt <= now ? { ...booking, status: "COMPLETED", updatedAt: placed.endsAt } : booking);
    }
  }
  return out;
}

/** Upcoming bookings from tomorrow on: one per therapist first, then random ones up to the target. */
export function planFutureBookings(ctx: Ctx, clients: PlannedClient[]): PlannedBooking[] {
  const { rng, spec, today } = ctx;
  const last = addDaysToLocalDate(today, FUTURE_DAYS);
  const regulars = clients.filter((c) => c.kind === "regular");
  const out: PlannedBooking[] = [];
  for (const therapist of spec.therapists) {
    const offered = spec.services.filter((s) => s.therapists.includes(therapist.key));
    const client = rng.pick(regulars.length ? regulars : clients);
    const service = pickService(rng, offered);
    const therapistId = ctx.therapistIds.get(therapist.key) ?? "";
    for (let day = rng.int(1, 3); day <= FUTURE_DAYS; day++) {
      const placed = ctx.calendar.place(rng, therapistId, client.id, addDaysToLocalDate(today, day), service);
      if (placed) {
        out.push(futureBooking(ctx, client, { ...placed, therapist: therapist.key }, service));
        break;
      }
    }
  }
  for (let attempt = 0; attempt < 200 && out.length < spec.futureBookings; attempt++) {
    const pool = rng.chance(0.75) && regulars.length ? regulars : clients;
    const client = rng.pick(pool);
    const service = serviceFor(ctx, client);
    const placed = visit(ctx, client, addDaysToLocalDate(today, rng.int(1, FUTURE_DAYS)), service, last, client.kind === "regular");
    if (placed) out.push(futureBooking(ctx, client, placed, service));
  }
  return out;
}

/**
 * Regulars often book their next visit on the way out: for about half of a regular's sessions,
 * the next booking is made within a few hours of the session's end (the dashboard's prebooking
 * rate). Other clients book days ahead, as planned. Moves creation times only, never a session.
 */
export function prebookSomeVisits(rng: Rng, bookings: PlannedBooking[], now: number): void {
  const byClient = new Map<string, PlannedBooking[]>();
  for (const b of bookings) if (b.client.kind === "regular") byClient.set(b.client.id, [...(byClient.get(b.client.id) ?? []), b]);
  for (const visits of byClient.values()) {
    visits.sort((a, b) => a.startsAt - b.startsAt);
    for (let i = 1; i < visits.length; i++) {
      const previous = visits[i - 1]!;
      const next = visits[i]!;
      if (previous.status !== "COMPLETED" || !rng.chance(0.5)) continue;
      const createdAt = previous.endsAt + rng.int(5, 20 * 60) * 60_000;
      if (createdAt >= next.startsAt - HOUR_MS || createdAt >= now || (next.cancelledAt !== null && createdAt >= next.cancelledAt)) continue;
      next.createdAt = createdAt;
      if (next.status === "CONFIRMED") next.updatedAt = createdAt;
    }
  }
}
