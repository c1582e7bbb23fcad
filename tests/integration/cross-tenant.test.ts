import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { createBooking } from "@/lib/booking/create-booking";
import { findSlots } from "@/lib/booking/find-slots";
import { getStaffBooking, listStaffBookings } from "@/lib/booking/staff-queries";
import { manageToken, verifyManageToken } from "@/lib/booking/manage-token";
import { publicContext, staffContextForUser } from "@/lib/tenancy/guard";
import type { Booking } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { staffContextFor, tenantBySlug } from "../fixtures/factories";

// Harbor's people try Serenity's ids through every domain entry point, and the reverse.
// Every attempt must fail as "not found" (or forbidden) and change nothing.

const { db } = setupTestDatabase();
let serenityBooking: Booking;
let harborBooking: Booking;

beforeAll(async () => {
  const prisma = await db();
  const future = { status: "CONFIRMED" as const, startsAt: { gt: TEST_NOW } };
  serenityBooking = await prisma.booking.findFirstOrThrow({ where: { tenant: { slug: "serenity" }, ...future } });
  harborBooking = await prisma.booking.findFirstOrThrow({ where: { tenant: { slug: "harbor" }, ...future } });
});

async function expectCode(work: Promise<unknown>, code: AppError["code"]) {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("staff of one salon cannot reach another salon's data", () => {
  it("the harbor owner cannot read a serenity booking by id", async () => {
    const harborOwner = await staffContextFor(await db(), "owner@harbor.test");
    await expectCode(getStaffBooking(harborOwner, serenityBooking.id), "NOT_FOUND");
  });

  it("the serenity owner cannot read a harbor booking by id", async () => {
    const owner = await staffContextFor(await db(), "owner@serenity.test");
    await expectCode(getStaffBooking(owner, harborBooking.id), "NOT_FOUND");
  });

  it("booking lists only ever contain the caller's salon", async () => {
    const prisma = await db();
    const range = { from: new Date(TEST_NOW.getTime() - 200 * 86_400_000), to: new Date(TEST_NOW.getTime() + 30 * 86_400_000) };
    for (const email of ["owner@serenity.test", "maya@serenity.test", "owner@harbor.test", "sam@harbor.test"]) {
      const ctx = await staffContextFor(prisma, email);
      const rows = await listStaffBookings(ctx, range);
      expect(rows.length).toBeGreaterThan(0);
      const tenantIds = await prisma.booking.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { tenantId: true } });
      expect(new Set(tenantIds.map((t) => t.tenantId))).toEqual(new Set([ctx.tenantId]));
    }
  });

  it("a therapist sees only their own sessions, not colleagues'", async () => {
    const prisma = await db();
    const maya = await staffContextFor(prisma, "maya@serenity.test");
    const range = { from: new Date(TEST_NOW.getTime() - 200 * 86_400_000), to: new Date(TEST_NOW.getTime() + 30 * 86_400_000) };
    const rows = await listStaffBookings(maya, range);
    expect(rows.every((r) => r.therapist.id === maya.therapistId)).toBe(true);
    const colleagues = await prisma.booking.findFirstOrThrow({ where: { tenantId: maya.tenantId, therapistId: { not: maya.therapistId! } } });
    await expectCode(getStaffBooking(maya, colleagues.id), "NOT_FOUND");
  });

  it("a staff member cannot pick another salon by slug: it is not found, like a salon that does not exist", async () => {
    const prisma = await db();
    const owner = await prisma.user.findUniqueOrThrow({ where: { email: "owner@serenity.test" } });
    await expectCode(staffContextForUser(owner.id, "harbor"), "NOT_FOUND");
    await expectCode(staffContextForUser(owner.id, "no-such-salon"), "NOT_FOUND");
    await expectCode(staffContextForUser(owner.id, "../harbor"), "NOT_FOUND");
    expect((await staffContextForUser(owner.id, "serenity")).tenant.slug).toBe("serenity");
  });
});

describe("public entry points refuse another salon's ids", () => {
  it("cancelling a serenity booking through harbor does nothing", async () => {
    const prisma = await db();
    const harbor = await tenantBySlug(prisma, "harbor");
    await expectCode(cancelBooking({ tenantId: harbor.id, bookingId: serenityBooking.id, actor: "client" }), "NOT_FOUND");
    expect((await prisma.booking.findFirstOrThrow({ where: { id: serenityBooking.id } })).status).toBe("CONFIRMED");
  });

  it("a manage token for one salon's booking is worthless at another", async () => {
    const serenity = await tenantBySlug(await db(), "serenity");
    const harbor = await tenantBySlug(await db(), "harbor");
    const token = manageToken(serenity.id, serenityBooking.id);
    expect(verifyManageToken(serenity.id, serenityBooking.id, token)).toBe(true);
    expect(verifyManageToken(harbor.id, serenityBooking.id, token)).toBe(false);
    expect(verifyManageToken(serenity.id, harborBooking.id, token)).toBe(false);
    const tampered = token.slice(0, -1) + (token.endsWith("A") ? "E" : "A"); // always a different last character
    expect(verifyManageToken(serenity.id, serenityBooking.id, tampered)).toBe(false);
  });

  it("slots for another salon's service or therapist are not found", async () => {
    const prisma = await db();
    const serenity = await tenantBySlug(prisma, "serenity");
    const harborService = await prisma.service.findFirstOrThrow({ where: { tenant: { slug: "harbor" } } });
    const harborTherapist = await prisma.therapistProfile.findFirstOrThrow({ where: { tenant: { slug: "harbor" } } });
    const serenityService = await prisma.serviceTherapist.findFirstOrThrow({ where: { tenantId: serenity.id } });
    const search = { tenantId: serenity.id, fromDate: "2026-11-24", toDate: "2026-11-30", now: TEST_NOW };
    await expectCode(findSlots({ ...search, serviceId: harborService.id, therapistId: "any" }), "NOT_FOUND");
    await expectCode(findSlots({ ...search, serviceId: serenityService.serviceId, therapistId: harborTherapist.id }), "NOT_FOUND");
  });

  it("booking at serenity with a harbor therapist writes nothing", async () => {
    const prisma = await db();
    const serenity = await tenantBySlug(prisma, "serenity");
    const link = await prisma.serviceTherapist.findFirstOrThrow({ where: { tenantId: serenity.id } });
    const harborTherapist = await prisma.therapistProfile.findFirstOrThrow({ where: { tenant: { slug: "harbor" } } });
    const before = await prisma.booking.count();
    const input = {
      serviceId: link.serviceId,
      therapistId: harborTherapist.id,
      startsAt: "2026-11-25T15:00:00.000Z",
      client: { name: "Eve Intruder", email: "eve@example.com", phone: "+44 20 7946 0000" },
    };
    await expectCode(createBooking({ tenant: serenity, input, now: TEST_NOW }), "NOT_FOUND");
    expect(await prisma.booking.count()).toBe(before);
  });

  it("unknown and malformed salon slugs are not found", async () => {
    await expectCode(publicContext("no-such-salon"), "NOT_FOUND");
    await expectCode(publicContext("../harbor"), "NOT_FOUND");
  });
});
