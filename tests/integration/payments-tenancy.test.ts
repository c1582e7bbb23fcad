import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { completeBooking } from "@/lib/booking/complete-booking";
import { markNoShow } from "@/lib/booking/mark-no-show";
import { assertMayUpdateBooking, getStaffBooking } from "@/lib/booking/staff-queries";
import { getReceiptBooking } from "@/lib/booking/public-queries";
import { manageToken, receiptToken, verifyReceiptToken } from "@/lib/booking/manage-token";
import { chargeBalance } from "@/lib/payments/charges/charge-balance";
import { startBalanceCheckout } from "@/lib/payments/charges/pay-link";
import { startDepositCheckout } from "@/lib/payments/checkout";
import { listPaymentsNeedingAttention } from "@/lib/payments/owner-lists";
import { decideConcern, raiseConcern, setTip } from "@/lib/payments/review";
import type { Booking, Concern, Tenant } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { staffContextFor, tenantBySlug } from "../fixtures/factories";

// The payments side of tenancy: another salon's staff and clients cannot see or act on a
// booking's payments, receipt, concern or dispute. Every attempt below fails before Stripe is
// called (the salon's id scopes the lookup) and changes nothing.

const { db } = setupTestDatabase();
let serenity: Tenant;
let harbor: Tenant;
let serenityPast: Booking;
let serenityReview: Booking;
let serenityConcern: Concern;

async function expectCode(work: Promise<unknown>, code: AppError["code"]) {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

/** The booking and its money, to check that a refused attempt changed nothing. */
async function snapshotOf(bookingId: string) {
  const prisma = await db();
  const booking = await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id: bookingId } } });
  const payments = await prisma.paymentRecord.findMany({ where: { bookingId }, orderBy: { id: "asc" } });
  const concern = await prisma.concern.findFirst({ where: { bookingId } });
  return { booking, payments, concern };
}

beforeAll(async () => {
  const prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  harbor = await tenantBySlug(prisma, "harbor");
  serenityPast = await prisma.booking.findFirstOrThrow({ where: { tenantId: serenity.id, status: "CONFIRMED", startsAt: { lt: TEST_NOW } } });
  serenityConcern = await prisma.concern.findFirstOrThrow({ where: { tenantId: serenity.id, status: "OPEN" } });
  serenityReview = await prisma.booking.findFirstOrThrow({ where: { tenantId: serenity.id, id: serenityConcern.bookingId } });
});

describe("another salon's staff", () => {
  it("cannot read, complete or mark a no-show on a serenity booking", async () => {
    const before = await snapshotOf(serenityPast.id);
    const harborOwner = await staffContextFor(await db(), "owner@harbor.test");
    await expectCode(getStaffBooking(harborOwner, serenityPast.id), "NOT_FOUND");
    await expectCode(assertMayUpdateBooking(harborOwner, serenityPast.id), "NOT_FOUND");
    await expectCode(completeBooking({ tenantId: harbor.id, bookingId: serenityPast.id, actor: "staff:harbor", input: { extras: [] }, now: TEST_NOW }), "NOT_FOUND");
    await expectCode(markNoShow({ tenantId: harbor.id, bookingId: serenityPast.id, actor: "staff:harbor", now: TEST_NOW }), "NOT_FOUND");
    expect(await snapshotOf(serenityPast.id)).toEqual(before);
  });

  it("cannot decide a serenity concern, and sees only its own salon's payments list", async () => {
    const prisma = await db();
    const before = await snapshotOf(serenityReview.id);
    await expectCode(decideConcern({ tenantId: harbor.id, concernId: serenityConcern.id, input: { decision: "WAIVE" }, actor: "staff:harbor", now: TEST_NOW }), "NOT_FOUND");
    expect(await snapshotOf(serenityReview.id)).toEqual(before);

    for (const email of ["owner@serenity.test", "owner@harbor.test"]) {
      const ctx = await staffContextFor(prisma, email);
      const lists = await listPaymentsNeedingAttention(ctx);
      const bookingIds = [...lists.concerns, ...lists.failedFees, ...lists.disputes, ...lists.decided].map((r) => r.bookingId).concat(lists.unpaid.map((b) => b.id));
      expect(bookingIds.length).toBeGreaterThan(0);
      const tenants = await prisma.booking.findMany({ where: { id: { in: bookingIds } }, select: { tenantId: true } });
      expect(new Set(tenants.map((t) => t.tenantId))).toEqual(new Set([ctx.tenantId]));
    }
  });

  it("a therapist cannot open the owner's payments list", async () => {
    const maya = await staffContextFor(await db(), "maya@serenity.test");
    await expectCode(listPaymentsNeedingAttention(maya), "FORBIDDEN");
  });

  it("cannot charge, open a checkout or a pay link for a serenity booking", async () => {
    const before = await snapshotOf(serenityReview.id);
    await expectCode(chargeBalance({ tenantId: harbor.id, bookingId: serenityReview.id, trigger: "owner", now: TEST_NOW }), "NOT_FOUND");
    await expectCode(startDepositCheckout({ tenant: harbor, bookingId: serenityReview.id }), "NOT_FOUND");
    await expectCode(startBalanceCheckout({ tenant: harbor, bookingId: serenityReview.id }), "NOT_FOUND");
    expect(await snapshotOf(serenityReview.id)).toEqual(before);
  });
});

describe("a receipt link", () => {
  it("opens only its own booking, at its own salon", async () => {
    const token = receiptToken(serenity.id, serenityReview.id);
    expect(verifyReceiptToken(serenity.id, serenityReview.id, token)).toBe(true);
    expect(verifyReceiptToken(serenity.id, serenityPast.id, token)).toBe(false);
    expect(verifyReceiptToken(harbor.id, serenityReview.id, token)).toBe(false);
    // The booking's manage link opens its receipt too, but a receipt link never manages the booking.
    expect(verifyReceiptToken(serenity.id, serenityReview.id, manageToken(serenity.id, serenityReview.id))).toBe(true);
    expect(verifyReceiptToken(serenity.id, serenityReview.id, "")).toBe(false);
    expect(await getReceiptBooking(harbor.id, serenityReview.id)).toBeNull();
  });

  it("holder at another salon cannot tip or raise a concern on it", async () => {
    const before = await snapshotOf(serenityReview.id);
    await expectCode(setTip({ tenantId: harbor.id, bookingId: serenityReview.id, choice: { kind: "percent", percent: 20 } }), "NOT_FOUND");
    await expectCode(raiseConcern({ tenantId: harbor.id, bookingId: serenityReview.id, message: "Not mine to say", now: TEST_NOW }), "NOT_FOUND");
    expect(await snapshotOf(serenityReview.id)).toEqual(before);
  });
});
