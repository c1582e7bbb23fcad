import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { buildIcs, type IcsEvent } from "./build-ics";
import { visitAddressLine } from "@/lib/booking/visit-address";

// What a therapist's feed holds: their sessions from a month back to the salon's horizon. The
// client appears by first name and initial; preferences and health notes never do (a feed is
// read by third-party calendar services). The brief is one click away, behind sign-in.

const DAY_MS = 86_400_000;

function shortName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  const last = rest.at(-1);
  return last ? `${first} ${last[0]}.` : (first ?? "Client");
}

export async function therapistFeedIcs({ tenantId, therapistId, now }: { tenantId: string; therapistId: string; now: Date }): Promise<string> {
  const prisma = await db();
  const therapist = await prisma.therapistProfile.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: therapistId } }, select: { displayName: true, tenant: { select: { name: true, slug: true, timeZone: true, bookingHorizonDays: true } } } });
  const { tenant } = therapist;
  const bookings = await prisma.booking.findMany({
    where: { tenantId, therapistId, status: { in: ["CONFIRMED", "COMPLETED"] }, startsAt: { gte: new Date(now.getTime() - 30 * DAY_MS), lt: new Date(now.getTime() + (tenant.bookingHorizonDays + 1) * DAY_MS) } },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, updatedAt: true, serviceName: true, contactName: true, visitAddress: true, location: { select: { name: true, addressLine1: true, city: true } } },
  });
  const events: IcsEvent[] = bookings.map((b) => {
    const mobile = visitAddressLine(b.visitAddress);
    return {
      uid: `${b.id}@stillwater`,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      updatedAt: b.updatedAt,
      summary: `${b.serviceName}: ${shortName(b.contactName)}`,
      location: mobile ? `Mobile: ${mobile}` : `${b.location.name}, ${b.location.addressLine1}, ${b.location.city}`,
      description: `Open the brief before the session: ${env().APP_URL}/staff/${tenant.slug}/bookings/${b.id}`,
      url: `${env().APP_URL}/staff/${tenant.slug}/bookings/${b.id}`,
    };
  });
  return buildIcs({ name: `${therapist.displayName} · ${tenant.name}`, timeZone: tenant.timeZone, events, method: "PUBLISH" });
}
