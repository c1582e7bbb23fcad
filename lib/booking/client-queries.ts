import { db } from "@/lib/db/client";

/**
 * A signed-in client's own bookings, at every salon where they booked with this email.
 * Each salon's rows are matched by its own Client record; nothing else of a salon is read.
 */
export async function listOwnBookings(email: string) {
  const prisma = await db();
  return prisma.booking.findMany({
    where: { client: { email: email.toLowerCase() } },
    select: {
      id: true,
      tenantId: true,
      status: true,
      startsAt: true,
      serviceName: true,
      durationMinutes: true,
      tenant: { select: { name: true, slug: true, locale: true } },
      therapist: { select: { displayName: true } },
      location: { select: { timeZone: true } },
    },
    orderBy: { startsAt: "desc" },
    take: 100,
  });
}
