import { beforeAll, describe, expect, it } from "vitest";
import type { Booking, PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { completeBooking } from "@/lib/booking/complete-booking";
import { markNoShow } from "@/lib/booking/mark-no-show";
import { submitCheckIn } from "@/lib/checkins/submit-check-in";
import { setupTestDatabase } from "../setup/test-database";
import { soloBooker, tenantBySlug } from "../fixtures/factories";

// The loyalty facts kept per booking by triggers (prisma/migrations/20261212000000_loyalty_performance,
// docs/decisions/014): after the demo seed and after each step of a client's story told through
// the app's own functions (and rows written directly, as webhooks and jobs write them), every
// row equals what recomputing it from scratch gives, and the facts say what happened.

const { db } = setupTestDatabase();
let prisma: PrismaClient;
let serenity: Tenant;
let book: (day: string, hour: number, n: number) => Promise<Booking>;

type Fact = Record<string, unknown> & { bookingId: string };

async function facts(tenantId: string): Promise<Fact[]> {
  return prisma.$queryRaw<Fact[]>`SELECT * FROM "BookingFact" WHERE "tenantId" = ${tenantId}::uuid ORDER BY "bookingId"`;
}

/** The rows as a recomputation of every client of the salon gives them (rolled back after reading). */
async function recomputed(tenantId: string): Promise<Fact[]> {
  let rows: Fact[] = [];
  await prisma
    .$transaction(async (tx) => {
      await tx.$executeRaw`SELECT "booking_fact_refresh_clients"(array_agg(x.t), array_agg(x.c))
        FROM (SELECT DISTINCT "tenantId" AS t, "clientId" AS c FROM "Booking" WHERE "tenantId" = ${tenantId}::uuid) x`;
      rows = await tx.$queryRaw<Fact[]>`SELECT * FROM "BookingFact" WHERE "tenantId" = ${tenantId}::uuid ORDER BY "bookingId"`;
      throw new Error("roll back");
    })
    .catch((e: unknown) => {
      if (!(e instanceof Error) || e.message !== "roll back") throw e;
    });
  return rows;
}

async function expectKept(tenantId: string) {
  const [kept, fresh, bookings] = await Promise.all([facts(tenantId), recomputed(tenantId), prisma.booking.count({ where: { tenantId } })]);
  expect(kept).toHaveLength(bookings);
  expect(kept).toEqual(fresh);
}

async function fact(booking: Pick<Booking, "tenantId" | "id">): Promise<Fact> {
  const rows = await prisma.$queryRaw<Fact[]>`SELECT * FROM "BookingFact" WHERE "tenantId" = ${booking.tenantId}::uuid AND "bookingId" = ${booking.id}::uuid`;
  return rows[0]!;
}

beforeAll(async () => {
  prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  book = await soloBooker(prisma, serenity);
});

describe("loyalty facts kept by triggers", () => {
  it("the seeded demo salons: one row per booking, each as a recomputation gives it", async () => {
    for (const slug of ["serenity", "harbor"]) await expectKept((await tenantBySlug(prisma, slug)).id);
  });

  it("follow a client's bookings: completed, cancelled, moved, missed, paid, refunded, disputed, checked in, deleted", async () => {
    const s1 = await book("2026-11-30", 9, 501);
    const s2 = await book("2026-12-07", 9, 501);
    const s3 = await book("2026-12-14", 9, 501);
    const after = (b: Booking) => new Date(b.endsAt.getTime() + 60_000);
    expect(await fact(s1)).toMatchObject({ status: "CONFIRMED", firstVisitAt: null, nextBookingAt: null });

    // The first visit: the client's first completed session, the next booking is s2.
    await completeBooking({ tenantId: s1.tenantId, bookingId: s1.id, actor: "staff", input: {}, now: after(s1) });
    expect(await fact(s1)).toMatchObject({ status: "COMPLETED", firstVisitAt: s1.startsAt, previousVisitAt: null, nextBookingAt: s2.startsAt, prebooked: false });
    await expectKept(serenity.id);

    // s2 cancelled (late: inside the notice window): s1's next booking is now s3.
    await cancelBooking({ tenantId: s2.tenantId, bookingId: s2.id, actor: "client", now: new Date(s2.startsAt.getTime() - 3_600_000) });
    expect(await fact(s1)).toMatchObject({ nextBookingAt: s3.startsAt });
    expect(await fact(s2)).toMatchObject({ status: "CANCELLED", lateCancellation: true, expiredHold: false });
    await expectKept(serenity.id);

    // s3 moved a day earlier (as the reschedule writes it): s1's next booking follows it.
    const day = 86_400_000;
    const moved = await prisma.booking.update({
      where: { tenantId_id: { tenantId: s3.tenantId, id: s3.id } },
      data: { startsAt: new Date(s3.startsAt.getTime() - day), endsAt: new Date(s3.endsAt.getTime() - day), blockStartsAt: new Date(s3.blockStartsAt.getTime() - day), blockEndsAt: new Date(s3.blockEndsAt.getTime() - day) },
    });
    expect(await fact(s1)).toMatchObject({ nextBookingAt: moved.startsAt });
    expect(await fact(moved)).toMatchObject({ startsAt: moved.startsAt });

    // s3 completed: the second visit, after s1; a booking made within 24 hours of its end counts as prebooked.
    await completeBooking({ tenantId: s3.tenantId, bookingId: s3.id, actor: "staff", input: {}, now: after(moved) });
    expect(await fact(s3)).toMatchObject({ firstVisitAt: s1.startsAt, previousVisitAt: s1.startsAt });
    const s4 = await book("2027-01-11", 9, 501);
    await prisma.booking.update({ where: { tenantId_id: { tenantId: s4.tenantId, id: s4.id } }, data: { createdAt: new Date(moved.endsAt.getTime() + 3_600_000) } });
    expect(await fact(s3)).toMatchObject({ nextBookingAt: s4.startsAt, prebooked: true });
    await expectKept(serenity.id);

    // s4 missed; money on s1 and s4 through the ledger; a dispute and a check-in on s1.
    await markNoShow({ tenantId: s4.tenantId, bookingId: s4.id, actor: "staff", now: after(s4) });
    const ledger = { tenantId: serenity.id, currency: "USD", actor: "test" };
    const deposit = await prisma.paymentRecord.create({ data: { ...ledger, bookingId: s4.id, kind: "DEPOSIT", status: "SUCCEEDED", amountMinor: 2000 } });
    await prisma.paymentRecord.createMany({
      data: [
        { ...ledger, bookingId: s4.id, kind: "REFUND", status: "SUCCEEDED", amountMinor: 500, refundOfId: deposit.id },
        { ...ledger, bookingId: s4.id, kind: "NO_SHOW_FEE", status: "SUCCEEDED", amountMinor: 3000 },
        { ...ledger, bookingId: s1.id, kind: "BALANCE", status: "FAILED", amountMinor: 9000 },
        { ...ledger, bookingId: s1.id, kind: "BALANCE", status: "SUCCEEDED", amountMinor: 9000 },
        { ...ledger, bookingId: s1.id, kind: "TIP", status: "SUCCEEDED", amountMinor: 1500 },
      ],
    });
    await prisma.dispute.create({ data: { tenantId: serenity.id, bookingId: s1.id, stripeDisputeId: `dp_facts_${s1.id}`, amountMinor: 9000, currency: "USD", reason: "fraudulent", status: "needs_response", evidence: {} } });
    await submitCheckIn({ tenantId: s1.tenantId, bookingId: s1.id, input: { satisfaction: 4, goalReached: "YES", changes: [], remember: [] }, now: after(s1) });
    expect(await fact(s4)).toMatchObject({ status: "NO_SHOW", depositsMinor: 2000, depositRefundsMinor: 500, refundsMinor: 500, feesMinor: 3000, feesCount: 1 });
    expect(await fact(s1)).toMatchObject({ balancesMinor: 9000, tipsMinor: 1500, failedCharges: 1, disputes: 1, checkInScore: 4 });
    await expectKept(serenity.id);

    // A payment corrected, then deleted; the no-show's deposit refunded in full.
    await prisma.paymentRecord.updateMany({ where: { tenantId: serenity.id, bookingId: s1.id, kind: "TIP" }, data: { amountMinor: 2000 } });
    expect(await fact(s1)).toMatchObject({ tipsMinor: 2000 });
    await prisma.paymentRecord.deleteMany({ where: { tenantId: serenity.id, bookingId: s1.id, kind: "TIP" } });
    await prisma.paymentRecord.updateMany({ where: { tenantId: serenity.id, bookingId: s4.id, kind: "REFUND" }, data: { amountMinor: 2000 } });
    expect(await fact(s1)).toMatchObject({ tipsMinor: 0 });
    expect(await fact(s4)).toMatchObject({ depositRefundsMinor: 2000 });

    // s1 deleted: its row goes, s3 becomes the first visit.
    await prisma.booking.delete({ where: { tenantId_id: { tenantId: s1.tenantId, id: s1.id } } });
    expect(await prisma.$queryRaw<unknown[]>`SELECT 1 FROM "BookingFact" WHERE "bookingId" = ${s1.id}::uuid`).toHaveLength(0);
    expect(await fact(s3)).toMatchObject({ firstVisitAt: moved.startsAt, previousVisitAt: null });
    await expectKept(serenity.id);
  });

  it("a booking given to another client moves between both clients' rows", async () => {
    const a1 = await book("2026-12-21", 9, 601);
    const b1 = await book("2026-12-21", 11, 602);
    await completeBooking({ tenantId: a1.tenantId, bookingId: a1.id, actor: "staff", input: {}, now: new Date(a1.endsAt.getTime() + 60_000) });
    await completeBooking({ tenantId: b1.tenantId, bookingId: b1.id, actor: "staff", input: {}, now: new Date(b1.endsAt.getTime() + 60_000) });
    await prisma.booking.update({ where: { tenantId_id: { tenantId: b1.tenantId, id: b1.id } }, data: { clientId: a1.clientId } });
    expect(await fact(b1)).toMatchObject({ clientId: a1.clientId, firstVisitAt: a1.startsAt, previousVisitAt: a1.startsAt });
    await expectKept(serenity.id);
  });
});
