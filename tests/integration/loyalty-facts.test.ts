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

/** The sums kept per day, therapist and location (BookingFactDay, deltas folded), keys that net to nothing left out. */
async function keptDays(tenantId: string) {
  return prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT "day"::text, "endDay"::text, "therapistId", "locationId", sum("sessions")::text AS "sessions", sum("completed")::text AS "completed", sum("noShows")::text AS "noShows", sum("bookings")::text AS "bookings", sum("lateCancellations")::text AS "lateCancellations", sum("balancesOwed")::text AS "balancesOwed", sum("depositsMinor")::text AS "depositsMinor", sum("balancesMinor")::text AS "balancesMinor", sum("tipsMinor")::text AS "tipsMinor", sum("sessionTipsMinor")::text AS "sessionTipsMinor", sum("feesMinor")::text AS "feesMinor", sum("feesCount")::text AS "feesCount", sum("refundsMinor")::text AS "refundsMinor", sum("discountsMinor")::text AS "discountsMinor", sum("waiversMinor")::text AS "waiversMinor", sum("failedCharges")::text AS "failedCharges", sum("depositsKeptCount")::text AS "depositsKeptCount", sum("depositsKeptMinor")::text AS "depositsKeptMinor", sum("disputes")::text AS "disputes", sum("checkIns")::text AS "checkIns", sum("satisfactionSum")::text AS "satisfactionSum", sum("prebooked")::text AS "prebooked", sum("rebooked30")::text AS "rebooked30", sum("rebooked60")::text AS "rebooked60", sum("rebooked90")::text AS "rebooked90"
     FROM "BookingFactDay" WHERE "tenantId" = $1::uuid GROUP BY 1, 2, 3, 4 HAVING sum("sessions") <> 0 ORDER BY 1, 2, 3, 4`,
    tenantId,
  );
}

/** The same sums straight from the facts, by the definitions of the migration that keeps them (20261216000000_booking_fact_days). */
async function freshDays(tenantId: string) {
  return prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT (r."startsAt" AT TIME ZONE 'UTC')::date::text AS "day", (r."endsAt" AT TIME ZONE 'UTC')::date::text AS "endDay", r."therapistId", r."locationId",
      sum(1)::text AS "sessions",
      sum((r."status" = 'COMPLETED')::int)::text AS "completed",
      sum((r."status" = 'NO_SHOW')::int)::text AS "noShows",
      sum((r."status" IN ('COMPLETED', 'NO_SHOW') OR (r."status" = 'CANCELLED' AND NOT r."expiredHold"))::int)::text AS "bookings",
      sum((r."status" = 'CANCELLED' AND r."lateCancellation")::int)::text AS "lateCancellations",
      sum((r."balanceStatus" IN ('OWED', 'RETRY_SCHEDULED', 'ACTION_REQUIRED'))::int)::text AS "balancesOwed",
      sum(r."depositsMinor")::text AS "depositsMinor",
      sum(r."balancesMinor")::text AS "balancesMinor",
      sum(r."tipsMinor")::text AS "tipsMinor",
      sum(CASE WHEN r."status" IN ('COMPLETED', 'NO_SHOW') THEN r."tipsMinor" ELSE 0 END)::text AS "sessionTipsMinor",
      sum(r."feesMinor")::text AS "feesMinor",
      sum(r."feesCount")::text AS "feesCount",
      sum(r."refundsMinor")::text AS "refundsMinor",
      sum(r."discountsMinor")::text AS "discountsMinor",
      sum(r."waiversMinor")::text AS "waiversMinor",
      sum(r."failedCharges")::text AS "failedCharges",
      sum((r."status" IN ('NO_SHOW', 'CANCELLED') AND r."depositsMinor" - r."depositRefundsMinor" > 0)::int)::text AS "depositsKeptCount",
      sum(CASE WHEN r."status" IN ('NO_SHOW', 'CANCELLED') THEN greatest(r."depositsMinor" - r."depositRefundsMinor", 0) ELSE 0 END)::text AS "depositsKeptMinor",
      sum(r."disputes")::text AS "disputes",
      sum((r."status" IN ('COMPLETED', 'NO_SHOW') AND r."checkInScore" IS NOT NULL)::int)::text AS "checkIns",
      sum(CASE WHEN r."status" IN ('COMPLETED', 'NO_SHOW') THEN coalesce(r."checkInScore", 0) ELSE 0 END)::text AS "satisfactionSum",
      sum((r."status" = 'COMPLETED' AND r."prebooked")::int)::text AS "prebooked",
      sum((r."status" = 'COMPLETED' AND coalesce(r."nextBookingAt" < r."endsAt" + interval '720 hours', false))::int)::text AS "rebooked30",
      sum((r."status" = 'COMPLETED' AND coalesce(r."nextBookingAt" < r."endsAt" + interval '1440 hours', false))::int)::text AS "rebooked60",
      sum((r."status" = 'COMPLETED' AND coalesce(r."nextBookingAt" < r."endsAt" + interval '2160 hours', false))::int)::text AS "rebooked90"
     FROM "BookingFact" r WHERE r."tenantId" = $1::uuid GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    tenantId,
  );
}

/** The most rows any key of the day sums has. */
async function mostRowsPerDay(tenantId: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ most: number }[]>`SELECT coalesce(max(n), 0)::int AS most FROM (SELECT count(*) AS n FROM "BookingFactDay"
    WHERE "tenantId" = ${tenantId}::uuid GROUP BY "day", "endDay", "therapistId", "locationId") k`;
  return row!.most;
}

async function expectKept(tenantId: string, { folded = true } = {}) {
  const [kept, fresh, bookings] = await Promise.all([facts(tenantId), recomputed(tenantId), prisma.booking.count({ where: { tenantId } })]);
  expect(kept).toHaveLength(bookings);
  expect(kept).toEqual(fresh);
  const days = await keptDays(tenantId);
  expect(days.length).toBeGreaterThan(0);
  expect(days).toEqual(await freshDays(tenantId));
  // One writer at a time folds each key's rows into one.
  if (folded) expect(await mostRowsPerDay(tenantId)).toBe(1);
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

  it("payments on one day's sessions of one therapist written at once: nobody waits, the day's sums stay exact, the next write folds them", async () => {
    const sessions: Booking[] = [];
    for (const hour of [9, 11, 13]) sessions.push(await book("2026-12-28", hour, 700 + hour));
    const ledger = { tenantId: serenity.id, currency: "USD", actor: "test", kind: "DEPOSIT" as const, status: "SUCCEEDED" as const, amountMinor: 2000 };
    // Each transaction stays open a moment after its write, so on PostgreSQL they overlap.
    await Promise.all(
      sessions.map((s) =>
        prisma.$transaction(
          async (tx) => {
            await tx.paymentRecord.create({ data: { ...ledger, bookingId: s.id } });
            await tx.$executeRaw`SELECT pg_sleep(0.2)`;
          },
          { timeout: 30_000, maxWait: 30_000 },
        ),
      ),
    );
    await expectKept(serenity.id, { folded: false });
    await prisma.paymentRecord.create({ data: { ...ledger, bookingId: sessions[0]!.id, kind: "TIP", amountMinor: 500 } });
    await expectKept(serenity.id);
  });
});
