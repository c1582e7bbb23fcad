import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formatDateTime, formatMoney, zoneAbbreviation } from "@/lib/format/format";
import { manageUrl } from "@/lib/booking/manage-token";
import { ZPolicySnapshotSchema } from "@/lib/booking/policy";
import type { EmailSalon } from "./salon-layout";

// What every booking email shows, read once from the booking (its own contact details, never
// the client record) and formatted in the location's zone. No notes: they may hold health data.

export type BookingEmailData = {
  salon: EmailSalon;
  salonUrl: string;
  client: { name: string; email: string };
  therapist: { name: string; email: string | null };
  serviceName: string;
  durationMinutes: number;
  when: string;
  where: string;
  price: string;
  policySummary: string;
  manageUrl: string;
  staffUrl: string;
  lateCancellation: boolean;
};

export async function loadBookingEmailData(tenantId: string, bookingId: string): Promise<BookingEmailData | null> {
  const prisma = await db();
  const booking = await prisma.booking.findFirst({
    where: { tenantId, id: bookingId },
    include: {
      tenant: { select: { slug: true, name: true } },
      location: true,
      service: { select: { locationType: true } },
      therapist: { select: { displayName: true, userId: true } },
      events: { where: { toStatus: "CANCELLED" }, select: { note: true }, take: 1 },
    },
  });
  if (!booking) return null;
  const therapistUser = await prisma.user.findUnique({ where: { id: booking.therapist.userId }, select: { email: true } });
  const { location, tenant } = booking;
  const tz = location.timeZone;
  const address = [location.addressLine1, location.addressLine2, `${location.city} ${location.postalCode}`].filter(Boolean).join(", ");
  const { APP_URL } = env();
  return {
    salon: { name: tenant.name, address },
    salonUrl: `${APP_URL}/s/${tenant.slug}`,
    client: { name: booking.contactName, email: booking.contactEmail },
    therapist: { name: booking.therapist.displayName, email: therapistUser?.email ?? null },
    serviceName: booking.serviceName,
    durationMinutes: booking.durationMinutes,
    when: `${formatDateTime(booking.startsAt, tz)} (${zoneAbbreviation(booking.startsAt, tz)})`,
    where: booking.service.locationType === "MOBILE" ? "At the client's address (mobile session)" : `${location.name}, ${address}`,
    price: formatMoney(booking.priceCents, booking.currency),
    policySummary: ZPolicySnapshotSchema.parse(booking.policySnapshot).summary,
    manageUrl: manageUrl(APP_URL, tenant.slug, tenantId, booking.id),
    staffUrl: `${APP_URL}/staff/bookings/${booking.id}`,
    lateCancellation: booking.events[0]?.note === "late cancellation",
  };
}
