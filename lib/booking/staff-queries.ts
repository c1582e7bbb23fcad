import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { bookingSummarySelect } from "./booking-select";
import { can, tenantWhere, type StaffContext } from "@/lib/tenancy/guard";

// What staff may read: owners every booking of their salon, therapists their own.

function visibleTo(ctx: StaffContext) {
  if (can(ctx, "bookings.read.all")) return tenantWhere(ctx);
  if (ctx.therapistId && can(ctx, "bookings.read.own")) return { ...tenantWhere(ctx), therapistId: ctx.therapistId };
  throw new AppError("FORBIDDEN", "You do not have access to bookings");
}

const bookingListSelect = {
  ...bookingSummarySelect,
  therapist: { select: { id: true, displayName: true } },
  client: { select: { name: true, email: true, phone: true } },
  location: { select: { timeZone: true } },
} as const;

export async function listStaffBookings(ctx: StaffContext, range: { from: Date; to: Date }) {
  const prisma = await db();
  return prisma.booking.findMany({
    where: { ...visibleTo(ctx), startsAt: { gte: range.from, lt: range.to } },
    select: bookingListSelect,
    orderBy: { startsAt: "asc" },
  });
}

export type StaffBookingRow = Awaited<ReturnType<typeof listStaffBookings>>[number];

export async function getStaffBooking(ctx: StaffContext, bookingId: string) {
  const prisma = await db();
  const booking = await prisma.booking.findFirst({
    where: { ...visibleTo(ctx), id: bookingId },
    select: {
      ...bookingListSelect,
      clientId: true,
      // Where the session happens: the studio, or the client's address for a mobile service.
      location: { select: { timeZone: true, name: true, addressLine1: true, addressLine2: true, city: true, postalCode: true } },
      service: { select: { locationType: true } },
      policySnapshot: true,
      cancelledAt: true,
      cancelReason: true,
      createdAt: true,
      holdExpiresAt: true,
      events: { orderBy: { createdAt: "asc" } },
      extrasMinor: true,
      tipMinor: true,
      balanceStatus: true,
      completedAt: true,
      reviewEndsAt: true,
      nextChargeAt: true,
      consent: true,
      extras: { orderBy: { createdAt: "asc" } },
      payments: { orderBy: { createdAt: "asc" } },
      concern: true,
      disputes: true,
    },
  });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
  return booking;
}

/** A booking this staff member may change: theirs (therapist) or any of the salon's (owner). */
export async function assertMayUpdateBooking(ctx: StaffContext, bookingId: string): Promise<void> {
  const booking = await getStaffBooking(ctx, bookingId);
  const own = ctx.therapistId !== null && booking.therapist.id === ctx.therapistId;
  if (!can(ctx, "bookings.update.all") && !(own && can(ctx, "bookings.update.own"))) {
    throw new AppError("FORBIDDEN", "You can only change your own bookings");
  }
}

/**
 * The salon (slug) of a booking among those where the user is staff, or null: old staff links
 * carried no salon. Names only a salon the user works at, so it reveals nothing of others.
 */
export async function findStaffSalonOfBooking(userId: string, bookingId: string): Promise<string | null> {
  const prisma = await db();
  const booking = await prisma.booking.findFirst({
    where: { id: bookingId, tenant: { memberships: { some: { userId, role: { in: ["OWNER", "THERAPIST"] } } } } },
    select: { tenant: { select: { slug: true } } },
  });
  return booking?.tenant.slug ?? null;
}
