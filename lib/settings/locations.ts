import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { parseIdOrNotFound, requirePermission, type StaffContext } from "@/lib/tenancy/guard";
import { singleLineText } from "@/lib/validation/text";
import { changedFields, lockTenant, recordAudit, type AuditChanges } from "./audit";
import { countryName, isCountryCode, timeZoneField } from "./regional";
import { optionalLine } from "./salon-profile";

// The salon's locations: where sessions happen, their addresses and zones. The first one is the
// salon's main location: the public pages show its address and opening hours are set at it.
// A location's zone is the one its opening hours (wall-clock times) and its bookings' times are
// read in. A location that has bookings or opening hours cannot be deleted (bookings point at it;
// hours would silently go), nor can the salon's last one.

export const LOCATION_AUDIT = { create: "location.create", update: "location.update", delete: "location.delete" } as const;

export const ZLocationSchema = z.object({
  name: singleLineText().min(2, "Please enter the location's name").max(80, "Name is too long (80 characters at most)"),
  addressLine1: singleLineText().min(2, "Please enter the street address").max(120, "Address is too long (120 characters at most)"),
  addressLine2: optionalLine(120, "Address line 2 is too long (120 characters at most)"),
  city: singleLineText().min(1, "Please enter the town or city").max(80, "Town or city is too long (80 characters at most)"),
  postalCode: singleLineText()
    .min(1, "Please enter the postal code")
    .max(16, "Postal code is too long (16 characters at most)")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, "Please enter a valid postal code (letters, digits, spaces and hyphens)"),
  country: z
    .string({ error: "Choose a country" })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, "Choose a country from the list"),
  timeZone: timeZoneField(),
});
export type TLocation = z.infer<typeof ZLocationSchema>;

export const LOCATION_LABELS: Record<keyof TLocation, string> = {
  name: "Name",
  addressLine1: "Address",
  addressLine2: "Address line 2",
  city: "Town or city",
  postalCode: "Postal code",
  country: "Country",
  timeZone: "Time zone",
};

const locationColumns = { name: true, addressLine1: true, addressLine2: true, city: true, postalCode: true, country: true, timeZone: true } as const;

/** A location as the change log shows it: the country by name. */
function locationDisplay(location: TLocation): Record<keyof TLocation, string | null> {
  return { ...location, country: `${countryName(location.country)} (${location.country})` };
}

const NOTHING = Object.fromEntries(Object.keys(LOCATION_LABELS).map((k) => [k, null])) as Record<keyof TLocation, null>;

export type LocationRow = TLocation & { id: string; main: boolean; bookings: number; hours: number };

/** The salon's locations, main first, each with how many bookings and opening-hours blocks use it. */
export async function listLocations(staff: StaffContext): Promise<LocationRow[]> {
  requirePermission(staff, "salon.manage");
  const rows = await (await db()).location.findMany({
    where: { tenantId: staff.tenantId },
    select: { id: true, ...locationColumns, _count: { select: { bookings: true, rules: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(({ _count, ...row }, index) => ({ ...row, main: index === 0, bookings: _count.bookings, hours: _count.rules }));
}

/** One location of the caller's salon; another salon's id (or a malformed one) is NOT_FOUND. */
export async function getLocation(staff: StaffContext, locationId: string): Promise<TLocation & { id: string }> {
  requirePermission(staff, "salon.manage");
  const id = parseIdOrNotFound(locationId, "Location");
  const location = await (await db()).location.findFirst({ where: { tenantId: staff.tenantId, id }, select: { id: true, ...locationColumns } });
  if (!location) throw new AppError("NOT_FOUND", "Location not found");
  return location;
}

/** Adds a location to the caller's salon (owners only). */
export async function createLocation({ staff, location }: { staff: StaffContext; location: unknown }): Promise<{ id: string }> {
  requirePermission(staff, "salon.manage");
  const next = parseOrThrow(ZLocationSchema, location);
  const { tenantId } = staff;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    const created = await tx.location.create({ data: { tenantId, ...next }, select: { id: true } });
    await recordAudit(tx, staff, { action: LOCATION_AUDIT.create, subject: next.name, changes: changedFields<Record<string, unknown>>(NOTHING, locationDisplay(next), LOCATION_LABELS) });
    return created;
  });
}

/**
 * Changes one location of the caller's salon (owners only). Bookings keep their moment in time;
 * a new zone changes the clock their times and the location's opening hours are read on.
 */
export async function updateLocation({ staff, locationId, location }: { staff: StaffContext; locationId: string; location: unknown }): Promise<{ changes: AuditChanges }> {
  requirePermission(staff, "salon.manage");
  const id = parseIdOrNotFound(locationId, "Location");
  const next = parseOrThrow(ZLocationSchema, location);
  const { tenantId } = staff;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    const current = await tx.location.findFirst({ where: { tenantId, id }, select: locationColumns });
    if (!current) throw new AppError("NOT_FOUND", "Location not found");
    const changes = changedFields(locationDisplay(current), locationDisplay(next), LOCATION_LABELS);
    if (Object.keys(changes).length === 0) return { changes };
    await tx.location.update({ where: { tenantId_id: { tenantId, id } }, data: next });
    await recordAudit(tx, staff, { action: LOCATION_AUDIT.update, subject: next.name, changes });
    return { changes };
  });
}

/** Why a location cannot go, in the owner's words; null when it can. */
export function whyLocationIsKept(location: { bookings: number; hours: number }, locationCount: number): string | null {
  const uses = [location.bookings ? `${location.bookings} ${location.bookings === 1 ? "booking" : "bookings"}` : null, location.hours ? "therapists' opening hours" : null].filter(Boolean);
  if (uses.length) return `It has ${uses.join(" and ")}, so it cannot be deleted. You can still edit its name and address.`;
  if (locationCount <= 1) return "It is the salon's only location, so it cannot be deleted. Add another one first.";
  return null;
}

/**
 * Deletes one location of the caller's salon (owners only), if nothing uses it: no booking (past
 * or future) and no opening hours, and it is not the last one. Otherwise CONFLICT, with the reason.
 */
export async function deleteLocation({ staff, locationId }: { staff: StaffContext; locationId: string }): Promise<{ name: string }> {
  requirePermission(staff, "salon.manage");
  const id = parseIdOrNotFound(locationId, "Location");
  const { tenantId } = staff;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    // A booking or hours being written for this location hold a key lock on its row: wait for
    // them, then count them, so nothing slips in between the count and the delete.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Location" WHERE "tenantId" = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
    const current = locked.length ? await tx.location.findFirst({ where: { tenantId, id }, select: { ...locationColumns, _count: { select: { bookings: true, rules: true } } } }) : null;
    if (!current) throw new AppError("NOT_FOUND", "Location not found");
    const count = await tx.location.count({ where: { tenantId } });
    const { _count, ...fields } = current;
    const reason = whyLocationIsKept({ bookings: _count.bookings, hours: _count.rules }, count);
    if (reason) throw new AppError("CONFLICT", `${fields.name}: ${reason}`);
    await tx.location.delete({ where: { tenantId_id: { tenantId, id } } });
    await recordAudit(tx, staff, { action: LOCATION_AUDIT.delete, subject: fields.name, changes: changedFields<Record<string, unknown>>(locationDisplay(fields), NOTHING, LOCATION_LABELS) });
    return { name: fields.name };
  });
}
