import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { restoreSystemClock, setClock } from "@/lib/time/clock";
import type { ConcernDecisionInput } from "@/lib/payments/review";
import { decideConcern, raiseConcern, setTip } from "@/lib/payments/review";
import { listPaymentsNeedingAttention } from "@/lib/payments/owner-lists";
import { chargeBalanceJob } from "@/lib/jobs/payment-jobs";
import { sendConcernDecidedJob } from "@/lib/jobs/payment-email-jobs";
import { TEST_NOW } from "../fixtures/test-clock";
import { setupTestDatabase } from "../setup/test-database";
import { setupStripeEmulator } from "../fixtures/stripe-emulator";
import { staffContextFor } from "../fixtures/factories";
import { CARDS, HOUR, completedSession, expectLedgerMatchesStripe, jobsFor, ledger, ledgerRows, reload, stripeSide, testClock } from "../fixtures/payments";

// "Something wasn't right": a concern raised in the review window pauses the automatic charge
// until the owner decides: charge in full, charge less (a DISCOUNT row), or waive (a WAIVER row).

const { db } = setupTestDatabase();
const stripe = setupStripeEmulator();
const clock = testClock();
beforeAll(() => setClock(clock));
beforeEach(() => clock.set(TEST_NOW));
afterAll(() => restoreSystemClock());

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/**
 * A completed $100 session (deposit $20, so $80 due) with a concern raised two hours into the
 * review window and a 15 % tip chosen; the window's end charges nothing while it is open.
 */
async function sessionWithConcern(client: number) {
  const prisma = await db();
  const session = await completedSession(prisma, stripe, clock, { salon: "serenity", client, card: CARDS.ok });
  const { tenant, booking, reviewEndsAt } = session;
  const ref = { tenantId: tenant.id, bookingId: booking.id };
  clock.set(at(booking.completedAt!, 2 * HOUR));
  await setTip({ ...ref, choice: { kind: "percent", percent: 15 } });
  const concern = await raiseConcern({ ...ref, message: "The room was cold and the session ended ten minutes early." });
  expect((await reload(prisma, booking)).balanceStatus).toBe("CONCERN");
  await expect(raiseConcern({ ...ref, message: "Again" })).rejects.toMatchObject({ code: "CONFLICT" });

  clock.set(reviewEndsAt);
  await chargeBalanceJob.handler(ref);
  await stripe.flush();
  expect(await reload(prisma, booking)).toMatchObject({ balanceStatus: "CONCERN", chargeAttempts: 0 });
  expect(stripeSide(stripe, tenant, booking.id).paymentIntents).toHaveLength(1); // the deposit only

  const owner = await staffContextFor(prisma, "owner@serenity.test");
  expect((await listPaymentsNeedingAttention(owner)).concerns.map((c) => c.id)).toContain(concern.id);
  clock.set(at(reviewEndsAt, 3 * HOUR));
  return { ...session, ref, concern, owner };
}

async function decide(concernId: string, tenantId: string, input: ConcernDecisionInput) {
  return decideConcern({ tenantId, concernId, input: { note: "Sorry about the room temperature.", ...input }, actor: "staff:owner" });
}

describe("a concern in the review window", () => {
  it("charged in full: the balance and tip are charged at once by the job the decision enqueues", async () => {
    const prisma = await db();
    const { tenant, booking, ref, concern, owner } = await sessionWithConcern(921);
    const decided = await decide(concern.id, tenant.id, { decision: "CHARGE_FULL" });
    expect(decided).toMatchObject({ status: "RESOLVED", decision: "CHARGE_FULL", decidedBy: "staff:owner", discountMinor: null });
    expect(await reload(prisma, booking)).toMatchObject({ balanceStatus: "IN_REVIEW", reviewEndsAt: clock.now() });
    const jobs = await jobsFor(prisma, booking.id);
    expect(jobs.filter((j) => j.name === chargeBalanceJob.name)).toHaveLength(2); // the completion's, and the decision's
    expect(jobs.filter((j) => j.name === sendConcernDecidedJob.name)).toHaveLength(1);
    await expect(decide(concern.id, tenant.id, { decision: "WAIVE" })).rejects.toMatchObject({ code: "CONFLICT" });

    await chargeBalanceJob.handler(ref);
    await stripe.flush();
    expect((await reload(prisma, booking)).balanceStatus).toBe("PAID");
    expect(await ledgerRows(prisma, booking)).toEqual([["DEPOSIT", "SUCCEEDED", 2000], ["BALANCE", "SUCCEEDED", 8000], ["TIP", "SUCCEEDED", 1500]]);
    const balance = (await ledger(prisma, booking))[1]!;
    expect(stripeSide(stripe, tenant, booking.id).paymentIntents.find((pi) => pi.id === balance.stripePaymentIntentId)).toMatchObject({ amount: 9500, status: "succeeded" });
    const lists = await listPaymentsNeedingAttention(owner);
    expect(lists.concerns.map((c) => c.id)).not.toContain(concern.id);
    expect(lists.decided.map((c) => c.id)).toContain(concern.id);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });

  it("charged with a discount: a DISCOUNT row, and only the rest of the balance (plus the tip) is charged", async () => {
    const prisma = await db();
    const { tenant, booking, ref, concern } = await sessionWithConcern(922);
    await expect(decide(concern.id, tenant.id, { decision: "DISCOUNT", discountMinor: 8001 })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await reload(prisma, booking)).balanceStatus).toBe("CONCERN"); // the refused decision changed nothing

    const decided = await decide(concern.id, tenant.id, { decision: "DISCOUNT", discountMinor: 3000 });
    expect(decided).toMatchObject({ decision: "DISCOUNT", discountMinor: 3000 });
    await chargeBalanceJob.handler(ref);
    await stripe.flush();
    expect((await reload(prisma, booking)).balanceStatus).toBe("PAID");
    const rows = await ledger(prisma, booking);
    expect(rows.map((r) => [r.kind, r.status, r.amountMinor])).toEqual([
      ["DEPOSIT", "SUCCEEDED", 2000],
      ["BALANCE", "SUCCEEDED", 5000],
      ["TIP", "SUCCEEDED", 1500],
      ["DISCOUNT", "SUCCEEDED", 3000],
    ]);
    expect(rows[3]).toMatchObject({ stripePaymentIntentId: null, actor: "staff:owner", note: "Sorry about the room temperature." });
    expect(stripeSide(stripe, tenant, booking.id).paymentIntents.find((pi) => pi.id === rows[1]!.stripePaymentIntentId)).toMatchObject({ amount: 6500, status: "succeeded" });
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });

  it("waived: a WAIVER row for the balance, no tip, and nothing is ever charged after the deposit", async () => {
    const prisma = await db();
    const { tenant, booking, ref, concern } = await sessionWithConcern(923);
    await decide(concern.id, tenant.id, { decision: "WAIVE" });
    const waived = await reload(prisma, booking);
    expect(waived).toMatchObject({ balanceStatus: "WAIVED", tipMinor: null });
    expect((await jobsFor(prisma, booking.id)).filter((j) => j.name === chargeBalanceJob.name)).toHaveLength(1); // the completion's only
    await expect(setTip({ ...ref, choice: { kind: "percent", percent: 20 } })).rejects.toMatchObject({ code: "CONFLICT" });

    await chargeBalanceJob.handler(ref);
    await stripe.flush();
    expect((await reload(prisma, booking)).balanceStatus).toBe("WAIVED");
    expect(await ledgerRows(prisma, booking)).toEqual([["DEPOSIT", "SUCCEEDED", 2000], ["WAIVER", "SUCCEEDED", 8000]]);
    expect(stripeSide(stripe, tenant, booking.id).paymentIntents.map((pi) => pi.amount)).toEqual([2000]);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });
});
