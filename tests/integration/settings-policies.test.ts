import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { ZPolicySnapshotSchema } from "@/lib/booking/policy";
import type { PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { policiesOf, type TPolicies } from "@/lib/settings/policies";
import { policiesFromForm, ZPoliciesFormSchema } from "@/lib/settings/policies-form";
import { listAuditEntries } from "@/lib/settings/audit";
import { updatePolicies } from "@/lib/settings/update-policies";
import { staffContextForUser, type StaffContext } from "@/lib/tenancy/guard";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, createSoloTherapist, demoStaff, tenantBySlug } from "../fixtures/factories";

// The owner's policies: validated, owner-only, scoped to the owner's salon, audited field by
// field; bookings keep the policy they were made under while new ones get the new policy.

const { db } = setupTestDatabase();
let prisma: PrismaClient;
let serenity: Tenant;
let owner: StaffContext;
let harborOwner: StaffContext;
let therapist: StaffContext;

const policiesNow = async (slug = "serenity") => policiesOf(await tenantBySlug(prisma, slug));
const auditCount = async (tenantId: string) => prisma.auditLog.count({ where: { tenantId } });

beforeAll(async () => {
  prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  ({ owner, harborOwner, therapist } = await demoStaff(prisma));
});

describe("updatePolicies", () => {
  it.each<[string, (p: TPolicies) => unknown]>([
    ["a reminder beyond a week", (p) => ({ ...p, reminderHoursBefore: 169 })],
    ["no reminder time", (p) => ({ ...p, reminderHoursBefore: 0 })],
    ["a travel buffer past 240 minutes", (p) => ({ ...p, travelBufferMinutes: 241 })],
    ["a negative fee", (p) => ({ ...p, noShowFeeMinor: -100 })],
    ["a fractional fee", (p) => ({ ...p, lateCancelFeeMinor: 12.5 })],
    ["a deposit over 100%", (p) => ({ ...p, depositRule: { kind: "percent", basisPoints: 10_001 } })],
    ["an unknown deposit kind", (p) => ({ ...p, depositRule: { kind: "most" } })],
    ["a missing field", (p) => ({ ...p, bookingHorizonDays: undefined })],
  ])("refuses %s and changes nothing", async (_name, mutate) => {
    const before = await policiesNow();
    const audits = await auditCount(serenity.id);
    await expect(updatePolicies({ staff: owner, policies: mutate(before) })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await policiesNow()).toEqual(before);
    expect(await auditCount(serenity.id)).toBe(audits);
  });

  it("refuses a therapist of the salon (FORBIDDEN) and changes nothing", async () => {
    const before = await policiesNow();
    await expect(updatePolicies({ staff: therapist, policies: { ...before, noShowFeeMinor: 5_000 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await policiesNow()).toEqual(before);
  });

  it("another salon's owner cannot reach this salon: their context is not found, and their change lands on their own salon only", async () => {
    await expect(staffContextForUser(harborOwner.userId, "serenity")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = await policiesNow();
    const harborBefore = await policiesNow("harbor");
    await updatePolicies({ staff: harborOwner, policies: { ...harborBefore, travelBufferMinutes: 45 } });
    expect(await policiesNow()).toEqual(before);
    expect((await policiesNow("harbor")).travelBufferMinutes).toBe(45);
    expect((await listAuditEntries(serenity.id)).some((e) => e.actorName === "Hannah Brooks")).toBe(false);
  });

  it("records who changed what, before and after, and only the fields that changed", async () => {
    const before = await policiesNow();
    const after: TPolicies = { ...before, depositRule: { kind: "fixed", amountMinor: 2_500 }, cancellationNoticeHours: 48, noShowFeeMinor: 4_000 };
    const { changes } = await updatePolicies({ staff: owner, policies: after });
    expect(Object.keys(changes).sort()).toEqual(["cancellationNoticeHours", "depositRule", "noShowFeeMinor"]);
    const [entry] = await listAuditEntries(serenity.id, { take: 1 });
    expect(entry).toMatchObject({ actorName: "Olivia Reed", action: "policies.update" });
    expect(entry!.changes).toEqual({
      depositRule: { before: before.depositRule, after: { kind: "fixed", amountMinor: 2_500 } },
      cancellationNoticeHours: { before: before.cancellationNoticeHours, after: 48 },
      noShowFeeMinor: { before: before.noShowFeeMinor, after: 4_000 },
    });
    const row = await prisma.auditLog.findFirstOrThrow({ where: { tenantId: serenity.id, id: entry!.id } });
    expect(row.actorUserId).toBe(owner.userId);
    expect(await policiesNow()).toEqual(after);

    const audits = await auditCount(serenity.id);
    expect((await updatePolicies({ staff: owner, policies: after })).changes).toEqual({});
    expect(await auditCount(serenity.id)).toBe(audits);
  });

  it("a booking made before the change keeps its snapshot; a new booking gets the new deposit", async () => {
    const solo = await createSoloTherapist(prisma, serenity.id);
    const book = async (tenant: Tenant, hour: number, n: number) =>
      createBooking({ tenant, now: TEST_NOW, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: new Date(localDateTimeToInstant("2026-12-10", hour * 60, tenant.timeZone)).toISOString(), client: clientDetails(n) } });
    const current = await policiesNow();
    await updatePolicies({ staff: owner, policies: { ...current, depositRule: { kind: "percent", basisPoints: 2_000 } } });
    const earlier = await book(await tenantBySlug(prisma, "serenity"), 10, 7101);

    await updatePolicies({ staff: owner, policies: { ...current, depositRule: { kind: "fixed", amountMinor: 3_000 }, lateCancelFeeMinor: 1_500 } });
    const later = await book(await tenantBySlug(prisma, "serenity"), 13, 7102);

    const stored = async (id: string) => prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id } } });
    const earlierRow = await stored(earlier.id);
    const earlierPolicy = ZPolicySnapshotSchema.parse(earlierRow.policySnapshot);
    expect(earlierPolicy).toMatchObject({ depositRule: { kind: "percent", basisPoints: 2_000 }, depositMinor: 2_000 });
    expect(earlierRow.depositMinor).toBe(2_000);

    const laterRow = await stored(later.id);
    expect(ZPolicySnapshotSchema.parse(laterRow.policySnapshot)).toMatchObject({ depositRule: { kind: "fixed", amountMinor: 3_000 }, depositMinor: 3_000, lateCancelFeeMinor: 1_500 });
    expect(laterRow.depositMinor).toBe(3_000);
  });
});

describe("the policies form", () => {
  const form = (over: Record<string, string> = {}) =>
    ZPoliciesFormSchema.parse({
      salon: "serenity", depositKind: "fixed", depositAmount: "20.00", depositPercent: "", cancellationNoticeHours: "24", lateCancelFee: "10", noShowFee: "25.5",
      reviewWindowHours: "24", reminderHoursBefore: "24", travelBufferMinutes: "30", bookingHorizonDays: "60", minNoticeMinutes: "120", ...over,
    });

  it("reads major units in the salon's currency and percentages", () => {
    expect(policiesFromForm(form(), "USD")).toMatchObject({ depositRule: { kind: "fixed", amountMinor: 2_000 }, lateCancelFeeMinor: 1_000, noShowFeeMinor: 2_550 });
    expect(policiesFromForm(form({ depositKind: "percent", depositPercent: "12.5" }), "USD").depositRule).toEqual({ kind: "percent", basisPoints: 1_250 });
    expect(policiesFromForm(form({ depositAmount: "2000", lateCancelFee: "1200", noShowFee: "" }), "JPY")).toMatchObject({ lateCancelFeeMinor: 1_200, noShowFeeMinor: 0 });
  });

  it("names the form's fields when it refuses", () => {
    expect(() => policiesFromForm(form({ depositAmount: "20.005", reminderHoursBefore: "soon" }), "USD")).toThrow(expect.objectContaining({ code: "VALIDATION", fieldErrors: { depositAmount: [expect.any(String)], reminderHoursBefore: [expect.any(String)] } }));
    expect(() => policiesFromForm(form({ depositAmount: "2000", noShowFee: "500", lateCancelFee: "10.5" }), "JPY")).toThrow(expect.objectContaining({ fieldErrors: { lateCancelFee: [expect.any(String)] } }));
  });
});
