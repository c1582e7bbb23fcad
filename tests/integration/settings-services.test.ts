import { beforeAll, describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { createBooking } from "@/lib/booking/create-booking";
import { findSlots } from "@/lib/booking/find-slots";
import { policySnapshot } from "@/lib/booking/policy";
import { getBookableService, listBookableServices, listTherapistsForService } from "@/lib/booking/public-queries";
import type { PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { listAuditEntries } from "@/lib/settings/audit";
import type { TServiceInput } from "@/lib/settings/service-fields";
import { createService, getSettingsService, listServiceTherapistChoices, listSettingsServices, moveService, updateService } from "@/lib/settings/services";
import { deactivateTherapist } from "@/lib/staff/members";
import { staffContextForUser, type StaffContext } from "@/lib/tenancy/guard";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, createSoloTherapist, demoStaff, tenantBySlug } from "../fixtures/factories";

// The owner's services: validated, owner-only, scoped to the owner's salon, audited with
// display values; the public list, the review page's deposit and availability follow at once,
// while bookings keep the price and deposit they were made with.

const { db } = setupTestDatabase();
let prisma: PrismaClient;
let serenity: Tenant;
let owner: StaffContext;
let harborOwner: StaffContext;
let therapist: StaffContext;
let maya: string;
let leo: string;
let harborSam: string;

const therapistId = async (tenantId: string, name: string) => (await prisma.therapistProfile.findFirstOrThrow({ where: { tenantId, displayName: name } })).id;
const auditCount = async (tenantId: string) => prisma.auditLog.count({ where: { tenantId } });
const serviceRow = async (id: string) => prisma.service.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id } }, include: { therapists: true } });
const snapshotOfServices = async (tenantId: string) =>
  prisma.service.findMany({ where: { tenantId }, include: { therapists: { orderBy: { therapistId: "asc" } } }, orderBy: { id: "asc" } });

const input = (over: Partial<TServiceInput> = {}): TServiceInput => ({
  name: "Bamboo massage",
  description: "Warm bamboo canes roll out tight muscles.\nNot during pregnancy.",
  durationMinutes: 60,
  priceCents: 11_000,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  depositRule: null,
  locationType: "STUDIO",
  therapistIds: [maya],
  active: true,
  ...over,
});

beforeAll(async () => {
  prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  ({ owner, harborOwner, therapist } = await demoStaff(prisma));
  maya = await therapistId(serenity.id, "Maya Chen");
  leo = await therapistId(serenity.id, "Leo Park");
  harborSam = (await prisma.therapistProfile.findFirstOrThrow({ where: { tenant: { slug: "harbor" } } })).id;
});

describe("createService", () => {
  it("adds the service last, with a slug from its name, its therapists, on the public list, and audits it", async () => {
    const countBefore = await prisma.service.count({ where: { tenantId: serenity.id } });
    const { id, slug } = await createService({ staff: owner, service: input({ therapistIds: [maya, leo, maya] }) });
    expect(slug).toBe("bamboo-massage");
    const row = await serviceRow(id);
    expect(row).toMatchObject({ name: "Bamboo massage", priceCents: 11_000, depositRule: null, active: true });
    expect(row.therapists.map((t) => t.therapistId).sort()).toEqual([maya, leo].sort());
    const all = await listSettingsServices(serenity.id);
    expect(all).toHaveLength(countBefore + 1);
    expect(all.at(-1)!.id).toBe(id);
    expect((await listBookableServices(serenity.id)).map((s) => s.id)).toContain(id);

    const [entry] = await listAuditEntries(serenity.id, { take: 1 });
    expect(entry).toMatchObject({ action: "service.create", subject: "Bamboo massage", actorName: "Olivia Reed" });
    expect(entry!.changes).toMatchObject({
      Name: { before: null, after: "Bamboo massage" },
      Price: { before: null, after: "$110.00" },
      Duration: { before: null, after: "1 h" },
      Deposit: { before: null, after: "As the salon's policy" },
      Therapists: { before: null, after: ["Leo Park", "Maya Chen"] },
      Status: { before: null, after: "Open for booking" },
    });

    // Another service of the same name gets its own slug.
    const second = await createService({ staff: owner, service: input({ description: "A second one." }) });
    expect(second.slug).toBe("bamboo-massage-2");
  });

  it.each<[string, Partial<TServiceInput>, string]>([
    ["a negative price", { priceCents: -100 }, "priceCents"],
    ["a zero price", { priceCents: 0 }, "priceCents"],
    ["a zero duration", { durationMinutes: 0 }, "durationMinutes"],
    ["a duration off the 5-minute grid", { durationMinutes: 62 }, "durationMinutes"],
    ["a blank name", { name: "   " }, "name"],
    ["a deposit over 100%", { depositRule: { kind: "percent", basisPoints: 10_001 } as never }, "depositRule.basisPoints"],
    ["a buffer past 240 minutes", { bufferAfterMinutes: 241 }, "bufferAfterMinutes"],
  ])("refuses %s and changes nothing", async (_name, over, field) => {
    const before = await snapshotOfServices(serenity.id);
    const audits = await auditCount(serenity.id);
    await expect(createService({ staff: owner, service: input(over) })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: expect.any(Array) } });
    expect(await snapshotOfServices(serenity.id)).toEqual(before);
    expect(await auditCount(serenity.id)).toBe(audits);
  });

  it.each([
    ["an unknown therapist id", () => "00000000-0000-4000-8000-000000000000"],
    ["a malformed therapist id", () => "maya"],
    ["another salon's therapist", () => harborSam],
  ])("refuses %s as not found and changes nothing", async (_name, id) => {
    const before = await snapshotOfServices(serenity.id);
    const audits = await auditCount(serenity.id);
    await expect(createService({ staff: owner, service: input({ name: "Stray", therapistIds: [maya, id()] }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotOfServices(serenity.id)).toEqual(before);
    expect(await auditCount(serenity.id)).toBe(audits);
  });

  it("refuses a therapist of the salon (FORBIDDEN) and changes nothing", async () => {
    const before = await snapshotOfServices(serenity.id);
    await expect(createService({ staff: therapist, service: input({ name: "Therapist's own" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshotOfServices(serenity.id)).toEqual(before);
  });
});

describe("updateService", () => {
  it("changes the price and the deposit override; the public list and the review page's deposit follow; the slug stays", async () => {
    const swedish = await prisma.service.findFirstOrThrow({ where: { tenantId: serenity.id, slug: "swedish-60" }, include: { therapists: true } });
    const current = await getSettingsService(serenity.id, swedish.id);
    const { changes } = await updateService({
      staff: owner,
      serviceId: swedish.id,
      service: input({
        name: "Swedish massage (classic)",
        description: current.description,
        durationMinutes: current.durationMinutes,
        priceCents: 9_900,
        bufferBeforeMinutes: current.bufferBeforeMinutes,
        bufferAfterMinutes: current.bufferAfterMinutes,
        depositRule: { kind: "fixed", amountMinor: 1_000 },
        therapistIds: current.therapists.map((t) => t.id),
      }),
    });
    expect(changes).toEqual({
      Name: { before: "Swedish massage", after: "Swedish massage (classic)" },
      Price: { before: "$95.00", after: "$99.00" },
      Deposit: { before: "As the salon's policy", after: "$10.00 deposit" },
    });
    const row = await serviceRow(swedish.id);
    expect(row).toMatchObject({ slug: "swedish-60", priceCents: 9_900, depositRule: { kind: "fixed", amountMinor: 1_000 } });

    const listed = (await listBookableServices(serenity.id)).find((s) => s.id === swedish.id);
    expect(listed).toMatchObject({ name: "Swedish massage (classic)", priceCents: 9_900 });
    // What the review page states: the service's own deposit, not the salon's 20%.
    const reviewed = await getBookableService(serenity.id, swedish.id);
    expect(policySnapshot(serenity, reviewed!, serenity.locale)).toMatchObject({ depositMinor: 1_000, depositRule: { kind: "fixed", amountMinor: 1_000 } });

    const [entry] = await listAuditEntries(serenity.id, { take: 1 });
    expect(entry).toMatchObject({ action: "service.update", subject: "Swedish massage (classic)", changes });

    // Back to the salon's rule: the 20% applies again. Saving the same values writes nothing.
    const back = input({ ...row, depositRule: null, therapistIds: row.therapists.map((t) => t.therapistId), name: "Swedish massage" });
    await updateService({ staff: owner, serviceId: swedish.id, service: back });
    expect((await serviceRow(swedish.id)).depositRule).toBeNull();
    expect(policySnapshot(serenity, (await getBookableService(serenity.id, swedish.id))!, serenity.locale).depositMinor).toBe(1_980);
    const audits = await auditCount(serenity.id);
    expect((await updateService({ staff: owner, serviceId: swedish.id, service: back })).changes).toEqual({});
    expect(await auditCount(serenity.id)).toBe(audits);
  });

  it("a booking made before a price change keeps its price and deposit; a new booking gets the new ones", async () => {
    const solo = await createSoloTherapist(prisma, serenity.id);
    const book = (hour: number, n: number) =>
      createBooking({ tenant: serenity, now: TEST_NOW, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: new Date(localDateTimeToInstant("2026-12-11", hour * 60, serenity.timeZone)).toISOString(), client: clientDetails(n) } });
    const earlier = await book(10, 7201);
    expect(earlier).toMatchObject({ priceCents: 10_000, depositMinor: 2_000 });

    await updateService({
      staff: owner,
      serviceId: solo.service.id,
      service: input({ name: "Solo massage", description: "Test service", priceCents: 12_000, bufferAfterMinutes: 0, depositRule: { kind: "percent", basisPoints: 5_000 }, therapistIds: [solo.therapist.id] }),
    });
    const later = await book(13, 7202);

    const stored = async (id: string) => prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id } } });
    expect(await stored(earlier.id)).toMatchObject({ priceCents: 10_000, depositMinor: 2_000, serviceName: "Solo massage" });
    expect(await stored(later.id)).toMatchObject({ priceCents: 12_000, depositMinor: 6_000 });
  });

  it("who offers it decides who can be booked for it", async () => {
    const solo = await createSoloTherapist(prisma, serenity.id);
    const { id } = await createService({ staff: owner, service: input({ name: "Reflexology", therapistIds: [] }) });
    const slots = () => findSlots({ tenantId: serenity.id, serviceId: id, therapistId: "any", fromDate: "2026-12-14", toDate: "2026-12-14", now: TEST_NOW });
    expect((await slots()).slots).toHaveLength(0);
    expect(await listTherapistsForService(serenity.id, id)).toEqual([]);

    await updateService({ staff: owner, serviceId: id, service: input({ name: "Reflexology", therapistIds: [solo.therapist.id] }) });
    expect((await slots()).slots.length).toBeGreaterThan(0);
    expect((await listTherapistsForService(serenity.id, id)).map((t) => t.id)).toEqual([solo.therapist.id]);
    expect((await listAuditEntries(serenity.id, { take: 1 }))[0]!.changes).toEqual({ Therapists: { before: [], after: [solo.therapist.displayName] } });

    await updateService({ staff: owner, serviceId: id, service: input({ name: "Reflexology", therapistIds: [] }) });
    expect((await slots()).slots).toHaveLength(0);
    await expect(findSlots({ tenantId: serenity.id, serviceId: id, therapistId: solo.therapist.id, fromDate: "2026-12-14", toDate: "2026-12-14", now: TEST_NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a hidden service leaves the public list and availability; its bookings keep it", async () => {
    const solo = await createSoloTherapist(prisma, serenity.id);
    const booking = await createBooking({
      tenant: serenity,
      now: TEST_NOW,
      input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: new Date(localDateTimeToInstant("2026-12-15", 10 * 60, serenity.timeZone)).toISOString(), client: clientDetails(7301) },
    });
    const { changes } = await updateService({
      staff: owner,
      serviceId: solo.service.id,
      service: input({ name: "Solo massage", description: "Test service", priceCents: 10_000, bufferAfterMinutes: 0, therapistIds: [solo.therapist.id], active: false }),
    });
    expect(changes).toEqual({ Status: { before: "Open for booking", after: "Hidden from booking" } });
    expect((await listBookableServices(serenity.id)).map((s) => s.id)).not.toContain(solo.service.id);
    expect(await getBookableService(serenity.id, solo.service.id)).toBeNull();
    await expect(findSlots({ tenantId: serenity.id, serviceId: solo.service.id, therapistId: "any", fromDate: "2026-12-16", toDate: "2026-12-16", now: TEST_NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Still listed for the owner, and the booking is as it was.
    expect((await listSettingsServices(serenity.id)).find((s) => s.id === solo.service.id)).toMatchObject({ active: false });
    expect(await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id: booking.id } } })).toMatchObject({ serviceId: solo.service.id, priceCents: 10_000, status: booking.status });
  });

  it.each<[string, Partial<TServiceInput>]>([
    ["a negative price", { priceCents: -1 }],
    ["a zero duration", { durationMinutes: 0 }],
    ["an unknown therapist id", { therapistIds: ["00000000-0000-4000-8000-000000000000"] }],
  ])("refuses %s and changes nothing", async (_name, over) => {
    const swedish = await prisma.service.findFirstOrThrow({ where: { tenantId: serenity.id, slug: "swedish-60" } });
    const before = await snapshotOfServices(serenity.id);
    const audits = await auditCount(serenity.id);
    await expect(updateService({ staff: owner, serviceId: swedish.id, service: input({ name: "Changed", ...over }) })).rejects.toMatchObject({ code: expect.stringMatching(/VALIDATION|NOT_FOUND/) });
    expect(await snapshotOfServices(serenity.id)).toEqual(before);
    expect(await auditCount(serenity.id)).toBe(audits);
  });

  it("another salon's therapist on this salon's service is not found; nothing changes", async () => {
    const swedish = await prisma.service.findFirstOrThrow({ where: { tenantId: serenity.id, slug: "swedish-60" } });
    const before = await snapshotOfServices(serenity.id);
    await expect(updateService({ staff: owner, serviceId: swedish.id, service: input({ therapistIds: [maya, harborSam] }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotOfServices(serenity.id)).toEqual(before);
  });

  it("another salon's owner reaches nothing here: this salon's service id is not found, in any action", async () => {
    await expect(staffContextForUser(harborOwner.userId, "serenity")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const swedish = await prisma.service.findFirstOrThrow({ where: { tenantId: serenity.id, slug: "swedish-60" } });
    const before = await snapshotOfServices(serenity.id);
    const harborBefore = await snapshotOfServices(harborOwner.tenantId);
    const audits = await auditCount(serenity.id);
    await expect(updateService({ staff: harborOwner, serviceId: swedish.id, service: input({ therapistIds: [harborSam] }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveService({ staff: harborOwner, serviceId: swedish.id, direction: "down" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSettingsService(harborOwner.tenantId, swedish.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotOfServices(serenity.id)).toEqual(before);
    expect(await snapshotOfServices(harborOwner.tenantId)).toEqual(harborBefore);
    expect(await auditCount(serenity.id)).toBe(audits);
  });

  it("refuses a therapist of the salon (FORBIDDEN), for edits and moves", async () => {
    const swedish = await prisma.service.findFirstOrThrow({ where: { tenantId: serenity.id, slug: "swedish-60" } });
    const before = await snapshotOfServices(serenity.id);
    await expect(updateService({ staff: therapist, serviceId: swedish.id, service: input() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(moveService({ staff: therapist, serviceId: swedish.id, direction: "down" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshotOfServices(serenity.id)).toEqual(before);
  });
});

describe("moveService", () => {
  it("moves a service one place; the public list follows; an end stays put; each move is audited", async () => {
    const order = async () => (await listSettingsServices(serenity.id)).map((s) => s.id);
    const publicOrder = async () => (await listBookableServices(serenity.id)).map((s) => s.id);
    const start = await order();
    const second = start[1]!;
    const secondName = (await serviceRow(second)).name;

    expect(await moveService({ staff: owner, serviceId: second, direction: "up" })).toEqual({ moved: true, position: 1, count: start.length });
    const moved = await order();
    expect(moved.slice(0, 2)).toEqual([start[1], start[0]]);
    expect(moved.slice(2)).toEqual(start.slice(2));
    const shown = await publicOrder();
    expect(shown.indexOf(second)).toBeLessThan(shown.indexOf(start[0]!));
    const [entry] = await listAuditEntries(serenity.id, { take: 1 });
    expect(entry).toMatchObject({ action: "service.reorder", subject: secondName, changes: { Position: { before: `2 of ${start.length}`, after: `1 of ${start.length}` } } });

    const audits = await auditCount(serenity.id);
    expect(await moveService({ staff: owner, serviceId: second, direction: "up" })).toMatchObject({ moved: false, position: 1 });
    expect(await moveService({ staff: owner, serviceId: moved.at(-1)!, direction: "down" })).toMatchObject({ moved: false, position: start.length });
    expect(await auditCount(serenity.id)).toBe(audits);
    expect(await order()).toEqual(moved);

    await moveService({ staff: owner, serviceId: second, direction: "down" });
    expect(await order()).toEqual(start);
  });

  it("an unknown or malformed service id is not found", async () => {
    await expect(moveService({ staff: owner, serviceId: "00000000-0000-4000-8000-000000000000", direction: "up" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveService({ staff: owner, serviceId: "swedish-60", direction: "up" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("who can be ticked to offer a service", () => {
  /** A therapist of Serenity, offering a service of their own, whom the owner deactivated. */
  async function deactivatedSolo() {
    const solo = await createSoloTherapist(prisma, serenity.id);
    await deactivateTherapist({ staff: owner, member: solo.user.id });
    return solo;
  }
  const ids = (rows: { id: string }[]) => rows.map((t) => t.id).sort();

  it("lists the active therapists; a deactivated one only on a service they already offer, where saving keeps them", async () => {
    const solo = await deactivatedSolo();
    const active = await prisma.therapistProfile.findMany({ where: { tenantId: serenity.id, active: true }, select: { id: true } });
    expect(ids(await listServiceTherapistChoices(serenity.id))).toEqual(ids(active));

    const service = await getSettingsService(serenity.id, solo.service.id);
    const choices = await listServiceTherapistChoices(
      serenity.id,
      service.therapists.map((t) => t.id),
    );
    expect(ids(choices)).toEqual(ids([...active, solo.therapist]));
    expect(choices.find((t) => t.id === solo.therapist.id)).toMatchObject({ active: false });

    await updateService({ staff: owner, serviceId: solo.service.id, service: input({ name: "Solo massage", description: "Test service", priceCents: 10_000, bufferAfterMinutes: 0, therapistIds: [solo.therapist.id, maya] }) });
    expect((await serviceRow(solo.service.id)).therapists.map((t) => t.therapistId).sort()).toEqual([solo.therapist.id, maya].sort());
  });

  it("refuses a deactivated therapist on a new service, or newly on a service, and changes nothing", async () => {
    const solo = await deactivatedSolo();
    const swedish = await prisma.service.findFirstOrThrow({ where: { tenantId: serenity.id, slug: "swedish-60" } });
    const before = await snapshotOfServices(serenity.id);
    const audits = await auditCount(serenity.id);
    const refused = { code: "VALIDATION", fieldErrors: { therapistIds: [expect.stringContaining("is deactivated")] } };
    await expect(createService({ staff: owner, service: input({ name: "Stray", therapistIds: [maya, solo.therapist.id] }) })).rejects.toMatchObject(refused);
    await expect(updateService({ staff: owner, serviceId: swedish.id, service: input({ therapistIds: [maya, solo.therapist.id] }) })).rejects.toMatchObject(refused);
    expect(await snapshotOfServices(serenity.id)).toEqual(before);
    expect(await auditCount(serenity.id)).toBe(audits);
  });
});
