import { db } from "@/lib/db/client";
import { bookingSummarySelect } from "./booking-select";
import type { Slot } from "@/lib/availability";
import { addDaysToLocalDate, instantToLocalParts } from "@/lib/availability/time-zone";
import { findSlots } from "./find-slots";

// Reads for the public (client-facing) pages. Every query takes the tenant id resolved by the
// guard and filters on it, so an id from another salon simply finds nothing.

/** The salons listed on the landing page: public facts only. */
export async function listPublicSalons() {
  const prisma = await db();
  return prisma.tenant.findMany({
    select: { slug: true, name: true, tagline: true, locations: { select: { city: true }, orderBy: { createdAt: "asc" }, take: 1 } },
    orderBy: { name: "asc" },
  });
}

// depositRule: the service's own deposit (null follows the salon's), so the review page states
// the deposit the booking will take.
const serviceSelect = {
  id: true,
  name: true,
  description: true,
  durationMinutes: true,
  priceCents: true,
  locationType: true,
  depositRule: true,
} as const;

export async function listBookableServices(tenantId: string) {
  const prisma = await db();
  return prisma.service.findMany({
    where: { tenantId, active: true },
    select: serviceSelect,
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

export type PublicService = Awaited<ReturnType<typeof listBookableServices>>[number];

export async function getBookableService(tenantId: string, serviceId: string): Promise<PublicService | null> {
  const prisma = await db();
  return prisma.service.findFirst({ where: { tenantId, id: serviceId, active: true }, select: serviceSelect });
}

const therapistSelect = { id: true, displayName: true, bio: true } as const;

export async function listActiveTherapists(tenantId: string) {
  const prisma = await db();
  return prisma.therapistProfile.findMany({
    where: { tenantId, active: true },
    select: therapistSelect,
    orderBy: { displayName: "asc" },
  });
}

export type PublicTherapist = Awaited<ReturnType<typeof listActiveTherapists>>[number];

/** Active therapists who offer the service. */
export async function listTherapistsForService(tenantId: string, serviceId: string): Promise<PublicTherapist[]> {
  const prisma = await db();
  return prisma.therapistProfile.findMany({
    where: { tenantId, active: true, services: { some: { tenantId, serviceId } } },
    select: therapistSelect,
    orderBy: { displayName: "asc" },
  });
}

export async function getTherapistForService(tenantId: string, serviceId: string, therapistId: string): Promise<PublicTherapist | null> {
  const prisma = await db();
  return prisma.therapistProfile.findFirst({
    where: { tenantId, id: therapistId, active: true, services: { some: { tenantId, serviceId } } },
    select: therapistSelect,
  });
}

/** A booking as its client sees it on the manage page (reached only with a valid token). */
export async function getClientBooking(tenantId: string, bookingId: string) {
  const prisma = await db();
  return prisma.booking.findFirst({
    where: { tenantId, id: bookingId },
    select: {
      ...bookingSummarySelect,
      policySnapshot: true,
      cancelledAt: true,
      cancelReason: true,
      createdAt: true,
      holdExpiresAt: true,
      checkoutSessionId: true,
      depositMinor: true,
      balanceStatus: true,
      payments: { select: { id: true, kind: true, amountMinor: true, status: true, refundOfId: true } },
      service: { select: { locationType: true } },
      therapist: { select: { displayName: true } },
      location: { select: { name: true, addressLine1: true, addressLine2: true, city: true, postalCode: true, timeZone: true } },
    },
  });
}

export type ClientBooking = NonNullable<Awaited<ReturnType<typeof getClientBooking>>>;

export type BookableDay = { date: string; slots: Slot[] };

/** Free start times for the next `days` local days in the location's zone, today first (one engine call). */
export async function findBookableDays(args: { tenantId: string; serviceId: string; therapistId: string; timeZone: string; now: Date; days?: number }) {
  const { tenantId, serviceId, therapistId, timeZone, now, days = 14 } = args;
  const today = instantToLocalParts(now.getTime(), timeZone).date;
  const dates = Array.from({ length: days }, (_, i) => addDaysToLocalDate(today, i));
  const { slots } = await findSlots({ tenantId, serviceId, therapistId, fromDate: today, toDate: dates.at(-1)!, now });
  const byDate = new Map<string, Slot[]>(dates.map((d) => [d, []]));
  for (const slot of slots) byDate.get(instantToLocalParts(slot.start, timeZone).date)?.push(slot);
  return dates.map((date): BookableDay => ({ date, slots: byDate.get(date) ?? [] }));
}

/** A booking's receipt as its client sees it (reached only with a receipt or manage token). */
export async function getReceiptBooking(tenantId: string, bookingId: string) {
  const prisma = await db();
  return prisma.booking.findFirst({
    where: { tenantId, id: bookingId },
    select: {
      ...bookingSummarySelect,
      extrasMinor: true,
      tipMinor: true,
      balanceStatus: true,
      completedAt: true,
      reviewEndsAt: true,
      nextChargeAt: true,
      payLinkSessionId: true,
      therapist: { select: { displayName: true } },
      location: { select: { timeZone: true } },
      extras: { select: { description: true, amountMinor: true, minutes: true }, orderBy: { createdAt: "asc" } },
      payments: { select: { id: true, kind: true, amountMinor: true, status: true, refundOfId: true, note: true }, orderBy: { createdAt: "asc" } },
      concern: { select: { message: true, status: true, decision: true, decisionNote: true, createdAt: true } },
    },
  });
}

export type ReceiptBooking = NonNullable<Awaited<ReturnType<typeof getReceiptBooking>>>;
