import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { listAuditEntries } from "@/lib/settings/audit";
import { createLocation, deleteLocation, getLocation, listLocations, updateLocation, type TLocation } from "@/lib/settings/locations";
import { salonProfileOf, type TSalonProfile } from "@/lib/settings/salon-profile";
import { updateSalonProfile } from "@/lib/settings/update-salon-profile";
import { publicContext, staffContextForUser, type StaffContext } from "@/lib/tenancy/guard";
import { setupTestDatabase } from "../setup/test-database";
import { demoStaff, tenantBySlug } from "../fixtures/factories";

// The owner's salon profile and locations: validated, owner-only, scoped to the owner's salon,
// audited with before and after; what the public pages read changes at once; a location that
// bookings or opening hours use is kept.

const { db } = setupTestDatabase();
let prisma: PrismaClient;
let serenity: Tenant;
let owner: StaffContext;
let harborOwner: StaffContext;
let therapist: StaffContext;
let serenityMainId: string;

const profileNow = async (slug = "serenity") => salonProfileOf(await tenantBySlug(prisma, slug));
const auditCount = async (tenantId: string) => prisma.auditLog.count({ where: { tenantId } });
const locationsOf = async (tenantId: string) => prisma.location.findMany({ where: { tenantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

const NEW_LOCATION: TLocation = { name: "Serenity Spa — Brooklyn", addressLine1: "88 Atlantic Avenue", addressLine2: null, city: "Brooklyn, NY", postalCode: "11201", country: "US", timeZone: "America/New_York" };

beforeAll(async () => {
  prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  ({ owner, harborOwner, therapist } = await demoStaff(prisma));
  serenityMainId = (await locationsOf(serenity.id))[0]!.id;
});

describe("updateSalonProfile", () => {
  it("saves the profile, which is what the public pages read at once, and records before and after", async () => {
    const before = await profileNow();
    const audits = await auditCount(serenity.id);
    const next: TSalonProfile = { name: "Serenity Day Spa", tagline: "Slow down, breathe out", phone: "+1 212-555-0199", locale: "en-CA", timeZone: "America/Toronto" };
    const { changes } = await updateSalonProfile({ staff: owner, profile: next });
    expect(Object.keys(changes).sort()).toEqual(["Locale", "Name", "Phone", "Tagline", "Time zone"]);

    const { tenant } = await publicContext("serenity");
    expect(salonProfileOf(tenant)).toEqual(next);

    const [entry] = await listAuditEntries(serenity.id, { take: 1 });
    expect(entry).toMatchObject({ actorName: "Olivia Reed", action: "salon.update", subject: null });
    expect(entry!.changes).toEqual({
      Name: { before: before.name, after: "Serenity Day Spa" },
      Tagline: { before: before.tagline, after: "Slow down, breathe out" },
      Phone: { before: before.phone, after: "+1 212-555-0199" },
      Locale: { before: "English (United States) (en-US)", after: "English (Canada) (en-CA)" },
      "Time zone": { before: "America/New_York", after: "America/Toronto" },
    });
    expect(await auditCount(serenity.id)).toBe(audits + 1);

    // Saving the same again changes and records nothing; the old profile goes back the same way.
    expect((await updateSalonProfile({ staff: owner, profile: next })).changes).toEqual({});
    expect(await auditCount(serenity.id)).toBe(audits + 1);
    await updateSalonProfile({ staff: owner, profile: before });
    expect(await profileNow()).toEqual(before);
  });

  it("clears the optional tagline and phone when they are left blank, and stores a zone under its canonical name", async () => {
    const before = await profileNow();
    await updateSalonProfile({ staff: owner, profile: { ...before, tagline: "  ", phone: "", timeZone: "america/new_york" } });
    expect(await profileNow()).toEqual({ ...before, tagline: null, phone: null, timeZone: "America/New_York" });
    await updateSalonProfile({ staff: owner, profile: before });
  });

  it.each<[string, Partial<Record<keyof TSalonProfile, unknown>>, string]>([
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    ["an offset instead of a zone", { timeZone: "+05:00" }, "timeZone"],
    ["a locale the app does not offer", { locale: "fr-FR" }, "locale"],
    ["a malformed locale", { locale: "english" }, "locale"],
    ["an empty name", { name: "   " }, "name"],
    ["a name with control characters", { name: "Serenity\u0000Spa" }, "name"],
    ["a phone that is not a number", { phone: "call us" }, "phone"],
    ["a tagline over 140 characters", { tagline: "x".repeat(141) }, "tagline"],
    ["a missing time zone", { timeZone: undefined }, "timeZone"],
  ])("refuses %s (VALIDATION, on its field) and changes nothing", async (_what, change, field) => {
    const before = await profileNow();
    const audits = await auditCount(serenity.id);
    await expect(updateSalonProfile({ staff: owner, profile: { ...before, ...change } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
    expect(await profileNow()).toEqual(before);
    expect(await auditCount(serenity.id)).toBe(audits);
  });

  it("refuses a therapist of the salon (FORBIDDEN) and changes nothing", async () => {
    const before = await profileNow();
    await expect(updateSalonProfile({ staff: therapist, profile: { ...before, tagline: "Therapist was here" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await profileNow()).toEqual(before);
  });

  it("another salon's owner cannot reach this salon: their context is not found, and their change lands on their own salon only", async () => {
    await expect(staffContextForUser(harborOwner.userId, "serenity")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = await profileNow();
    const harborBefore = await profileNow("harbor");
    await updateSalonProfile({ staff: harborOwner, profile: { ...harborBefore, phone: "+44 20 7946 0000" } });
    expect(await profileNow()).toEqual(before);
    expect((await profileNow("harbor")).phone).toBe("+44 20 7946 0000");
    await updateSalonProfile({ staff: harborOwner, profile: harborBefore });
  });
});

describe("locations", () => {
  it("lists the salon's locations, main first, with what uses each", async () => {
    const [main, ...others] = await listLocations(owner);
    expect(main).toMatchObject({ id: serenityMainId, main: true });
    expect(main!.bookings).toBeGreaterThan(0);
    expect(main!.hours).toBeGreaterThan(0);
    expect(others.every((l) => !l.main)).toBe(true);
    expect((await listLocations(harborOwner)).some((l) => l.id === serenityMainId)).toBe(false);
  });

  it("adds, edits and deletes an unused location, each recorded with its name", async () => {
    const { id } = await createLocation({ staff: owner, location: { ...NEW_LOCATION, country: "us", addressLine2: "" } });
    expect(await getLocation(owner, id)).toEqual({ id, ...NEW_LOCATION });
    const [created] = await listAuditEntries(serenity.id, { take: 1 });
    expect(created).toMatchObject({ action: "location.create", subject: NEW_LOCATION.name });
    expect(created!.changes).toMatchObject({ Name: { before: null, after: NEW_LOCATION.name }, Country: { before: null, after: "United States (US)" }, "Time zone": { before: null, after: "America/New_York" } });
    expect(created!.changes).not.toHaveProperty("Address line 2");

    const { changes } = await updateLocation({ staff: owner, locationId: id, location: { ...NEW_LOCATION, addressLine2: "Floor 2", postalCode: "11217" } });
    expect(changes).toEqual({ "Address line 2": { before: null, after: "Floor 2" }, "Postal code": { before: "11201", after: "11217" } });
    const [updated] = await listAuditEntries(serenity.id, { take: 1 });
    expect(updated).toMatchObject({ action: "location.update", subject: NEW_LOCATION.name, changes });

    const audits = await auditCount(serenity.id);
    expect((await updateLocation({ staff: owner, locationId: id, location: { ...NEW_LOCATION, addressLine2: "Floor 2", postalCode: "11217" } })).changes).toEqual({});
    expect(await auditCount(serenity.id)).toBe(audits);

    expect(await deleteLocation({ staff: owner, locationId: id })).toEqual({ name: NEW_LOCATION.name });
    expect(await prisma.location.findFirst({ where: { tenantId: serenity.id, id } })).toBeNull();
    const [deleted] = await listAuditEntries(serenity.id, { take: 1 });
    expect(deleted).toMatchObject({ action: "location.delete", subject: NEW_LOCATION.name });
    expect(deleted!.changes).toMatchObject({ Name: { before: NEW_LOCATION.name, after: null }, "Postal code": { before: "11217", after: null } });
  });

  it.each<[string, Partial<Record<keyof TLocation, unknown>>, string]>([
    ["a country that is not ISO 3166-1", { country: "XX" }, "country"],
    ["a country name instead of its code", { country: "USA" }, "country"],
    ["an unknown time zone", { timeZone: "America/Gotham" }, "timeZone"],
    ["an empty name", { name: "" }, "name"],
    ["no street address", { addressLine1: " " }, "addressLine1"],
    ["a postal code with symbols", { postalCode: "10011; DROP" }, "postalCode"],
  ])("refuses %s (VALIDATION) on adding and on editing, and changes nothing", async (_what, change, field) => {
    const before = await locationsOf(serenity.id);
    const audits = await auditCount(serenity.id);
    await expect(createLocation({ staff: owner, location: { ...NEW_LOCATION, ...change } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
    await expect(updateLocation({ staff: owner, locationId: serenityMainId, location: { ...NEW_LOCATION, ...change } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await locationsOf(serenity.id)).toEqual(before);
    expect(await auditCount(serenity.id)).toBe(audits);
  });

  it("refuses to delete a location with bookings, or with opening hours, saying why, and keeps it", async () => {
    const audits = await auditCount(serenity.id);
    await expect(deleteLocation({ staff: owner, locationId: serenityMainId })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/bookings.*cannot be deleted/) });
    expect(await prisma.location.count({ where: { tenantId: serenity.id, id: serenityMainId } })).toBe(1);

    const { id } = await createLocation({ staff: owner, location: NEW_LOCATION });
    const maya = await prisma.therapistProfile.findFirstOrThrow({ where: { tenantId: serenity.id, id: therapist.therapistId! } });
    await prisma.availabilityRule.create({ data: { tenantId: serenity.id, therapistId: maya.id, locationId: id, weekday: 6, startMinute: 600, endMinute: 720 } });
    await expect(deleteLocation({ staff: owner, locationId: id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("opening hours") });
    expect(await prisma.availabilityRule.count({ where: { tenantId: serenity.id, locationId: id } })).toBe(1);
    expect(await auditCount(serenity.id)).toBe(audits + 1); // the create only

    await prisma.availabilityRule.deleteMany({ where: { tenantId: serenity.id, locationId: id } });
    await deleteLocation({ staff: owner, locationId: id });
  });

  it("an owner of another salon cannot read, change or delete this salon's location (NOT_FOUND), and nothing changes", async () => {
    const before = await locationsOf(serenity.id);
    const audits = await auditCount(serenity.id);
    const harborAudits = await auditCount(harborOwner.tenantId);
    await expect(getLocation(harborOwner, serenityMainId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateLocation({ staff: harborOwner, locationId: serenityMainId, location: { ...NEW_LOCATION, name: "Taken over" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteLocation({ staff: harborOwner, locationId: serenityMainId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateLocation({ staff: harborOwner, locationId: "not-a-uuid", location: NEW_LOCATION })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await locationsOf(serenity.id)).toEqual(before);
    expect(await auditCount(serenity.id)).toBe(audits);
    expect(await auditCount(harborOwner.tenantId)).toBe(harborAudits);
  });

  it("refuses a therapist (FORBIDDEN) everywhere, and nothing changes", async () => {
    const before = await locationsOf(serenity.id);
    await expect(listLocations(therapist)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createLocation({ staff: therapist, location: NEW_LOCATION })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateLocation({ staff: therapist, locationId: serenityMainId, location: NEW_LOCATION })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteLocation({ staff: therapist, locationId: serenityMainId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await locationsOf(serenity.id)).toEqual(before);
  });

  it("refuses to delete the salon's only location", async () => {
    // A salon of one unused location: a fresh tenant with its owner.
    const tenant = await prisma.tenant.create({ data: { slug: "solo-test", name: "Solo", timeZone: "Europe/Dublin", currency: "EUR", locale: "en-IE" } });
    const location = await prisma.location.create({ data: { tenantId: tenant.id, ...NEW_LOCATION, country: "IE", timeZone: "Europe/Dublin" } });
    await prisma.membership.create({ data: { tenantId: tenant.id, userId: owner.userId, role: "OWNER" } });
    const soloOwner = await staffContextForUser(owner.userId, "solo-test");
    await expect(deleteLocation({ staff: soloOwner, locationId: location.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("only location") });
    expect(await prisma.location.count({ where: { tenantId: tenant.id } })).toBe(1);
  });
});
