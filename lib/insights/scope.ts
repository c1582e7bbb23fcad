import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ZonedLoyaltyScope } from "@/lib/loyalty";
import { can, type StaffContext } from "@/lib/tenancy/guard";
import type { InsightsFilter } from "./filters";

// Who sees which figures. The owner (insights.read.all) sees the whole salon and may narrow it to
// a location or a therapist; a therapist (insights.read.own) sees only their own sessions, whatever
// the query string says. Ids from the query string count only when they are this salon's.

export type InsightsOption = { id: string; name: string };

export type InsightsView = {
  scope: ZonedLoyaltyScope;
  /** The whole salon's view (filters, money, every therapist); false: a therapist's own figures. */
  ownerView: boolean;
  locations: InsightsOption[];
  /** The therapists an owner can filter by (active first); empty in a therapist's own view. */
  therapists: InsightsOption[];
};

export async function resolveInsightsView(staff: StaffContext, filter: InsightsFilter): Promise<InsightsView> {
  const ownerView = can(staff, "insights.read.all");
  if (!ownerView && !(can(staff, "insights.read.own") && staff.therapistId)) throw new AppError("FORBIDDEN", "Only the salon's owner and its therapists see these figures.");
  const prisma = await db();
  const [locations, therapists] = await Promise.all([
    prisma.location.findMany({ where: { tenantId: staff.tenantId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    ownerView ? prisma.therapistProfile.findMany({ where: { tenantId: staff.tenantId }, select: { id: true, displayName: true }, orderBy: [{ active: "desc" }, { displayName: "asc" }] }) : Promise.resolve([]),
  ]);
  const therapistId = ownerView ? (therapists.some((t) => t.id === filter.therapistId) ? filter.therapistId : null) : staff.therapistId;
  const locationId = locations.some((l) => l.id === filter.locationId) ? filter.locationId : null;
  return {
    ownerView,
    locations,
    therapists: therapists.map((t) => ({ id: t.id, name: t.displayName })),
    scope: {
      tenantId: staff.tenantId,
      from: filter.from,
      to: filter.to,
      timeZone: staff.tenant.timeZone,
      ...(therapistId ? { therapistId } : {}),
      ...(locationId ? { locationId } : {}),
    },
  };
}
