import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { restoreSystemClock, setClock } from "@/lib/time/clock";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { markNoShow } from "@/lib/booking/mark-no-show";
import { settleCheckoutSession } from "@/lib/payments/settle-checkout";
import { listPaymentsNeedingAttention } from "@/lib/payments/owner-lists";
import { chargeBalanceJob, chargeFeeJob, refundDepositJob } from "@/lib/jobs/payment-jobs";
import { TEST_NOW } from "../fixtures/test-clock";
import { setupTestDatabase } from "../setup/test-database";
import { setupStripeEmulator } from "../fixtures/stripe-emulator";
import { staffContextFor } from "../fixtures/factories";
import { CARDS, HOUR, bookAndPay, completedSession, expectLedgerMatchesStripe, holdSolo, jobNames, ledger, ledgerRows, payDeposit, reload, stripeSide, testClock } from "../fixtures/payments";

// What happens to the deposit when a booking does not take place: refunded when cancelled in
// the free window, kept (plus a late fee, if the policy has one) when later; a no-show keeps it
// and pays the no-show fee. And a chargeback: the owner's list gets the dispute with evidence.

const { db } = setupTestDatabase();
const stripe = setupStripeEmulator();
const clock = testClock();
beforeAll(() => setClock(clock));
beforeEach(() => clock.set(TEST_NOW));
afterAll(() => restoreSystemClock());

const at = (base: Date | string, ms: number) => new Date(new Date(base).getTime() + ms);

describe("cancelling", () => {
  it("inside the free window refunds the deposit in full, once, and Stripe shows the refund", async () => {
    const prisma = await db();
    const { tenant, booking } = await bookAndPay(prisma, stripe, { salon: "serenity", client: 931, card: CARDS.ok });
    const { late, terms } = await cancelBooking({ tenantId: tenant.id, bookingId: booking.id, actor: "client", reason: "Change of plans" });
    expect(late).toBe(false);
    expect(terms).toMatchObject({ refundMinor: 2000, keptMinor: 0, feeMinor: 0 });
    const names = await jobNames(prisma, booking.id);
    expect(names).toContain(refundDepositJob.name);
    expect(names).not.toContain(chargeFeeJob.name);

    const ref = { tenantId: tenant.id, bookingId: booking.id };
    await refundDepositJob.handler(ref);
    await refundDepositJob.handler(ref); // run again after a crash: still one refund
    await stripe.flush(); // charge.refunded
    expect(await reload(prisma, booking)).toMatchObject({ status: "CANCELLED", balanceStatus: "NOT_DUE", cancelReason: "Change of plans" });
    const [deposit, refund] = await ledger(prisma, booking);
    expect(await ledgerRows(prisma, booking)).toEqual([["DEPOSIT", "SUCCEEDED", 2000], ["REFUND", "SUCCEEDED", 2000]]);
    expect(refund).toMatchObject({ refundOfId: deposit!.id, idempotencyKey: `refund:${deposit!.id}:cancellation` });
    const side = stripeSide(stripe, tenant, booking.id);
    expect(side.refunds.map((r) => [r.id, r.payment_intent, r.amount, r.status])).toEqual([[refund!.stripeRefundId, deposit!.stripePaymentIntentId, 2000, "succeeded"]]);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });

  it("outside the window keeps the deposit; with no late fee in the policy nothing else is charged", async () => {
    const prisma = await db();
    const { tenant, booking, startsAt } = await bookAndPay(prisma, stripe, { salon: "serenity", client: 932, card: CARDS.ok });
    clock.set(at(startsAt, -2 * HOUR));
    const { late, terms } = await cancelBooking({ tenantId: tenant.id, bookingId: booking.id, actor: "client" });
    expect(late).toBe(true);
    expect(terms).toMatchObject({ refundMinor: 0, keptMinor: 2000, feeMinor: 0 });
    const names = await jobNames(prisma, booking.id);
    expect(names).not.toContain(refundDepositJob.name);
    expect(names).not.toContain(chargeFeeJob.name);
    await stripe.flush();
    expect((await reload(prisma, booking)).status).toBe("CANCELLED");
    expect(await ledgerRows(prisma, booking)).toEqual([["DEPOSIT", "SUCCEEDED", 2000]]);
    expect(stripeSide(stripe, tenant, booking.id).refunds).toEqual([]);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });

  it("outside the window with a late-cancellation fee keeps the deposit and charges the fee to the saved card", async () => {
    const prisma = await db();
    const original = await prisma.tenant.findUniqueOrThrow({ where: { slug: "harbor" } });
    await prisma.tenant.update({ where: { id: original.id }, data: { lateCancelFeeMinor: 1500 } });
    try {
      const { tenant, booking, startsAt } = await bookAndPay(prisma, stripe, { salon: "harbor", client: 933, card: CARDS.ok });
      clock.set(at(startsAt, -24 * HOUR)); // Harbor's window is 48 hours
      const { late, terms } = await cancelBooking({ tenantId: tenant.id, bookingId: booking.id, actor: "client" });
      expect(late).toBe(true);
      expect(terms).toMatchObject({ refundMinor: 0, keptMinor: 1000, feeMinor: 1500 });
      expect(await jobNames(prisma, booking.id)).not.toContain(refundDepositJob.name);

      const feeJob = { tenantId: tenant.id, bookingId: booking.id, kind: "LATE_CANCEL_FEE" as const };
      await chargeFeeJob.handler(feeJob);
      await chargeFeeJob.handler(feeJob); // again: the fee is taken once
      await stripe.flush();
      const rows = await ledger(prisma, booking);
      expect(rows.map((r) => [r.kind, r.status, r.amountMinor, r.currency])).toEqual([["DEPOSIT", "SUCCEEDED", 1000, "GBP"], ["LATE_CANCEL_FEE", "SUCCEEDED", 1500, "GBP"]]);
      const fee = stripeSide(stripe, tenant, booking.id).paymentIntents.find((pi) => pi.id === rows[1]!.stripePaymentIntentId);
      expect(fee).toMatchObject({ amount: 1500, currency: "gbp", status: "succeeded", payment_method: booking.stripePaymentMethodId, metadata: { purpose: "fee", kind: "LATE_CANCEL_FEE" } });
      expect(stripeSide(stripe, tenant, booking.id).refunds).toEqual([]);
      await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    } finally {
      await prisma.tenant.update({ where: { id: original.id }, data: { lateCancelFeeMinor: original.lateCancelFeeMinor } });
    }
    expect(stripe.warnings).toEqual([]);
  });

  it("a late cancellation keeps the deposit even when the deposit's webhook arrives only afterwards", async () => {
    const prisma = await db();
    const { tenant, booking: held, startsAt } = await holdSolo(prisma, { salon: "serenity", client: 934 });
    await stripe.emulator().pauseWebhooks();
    try {
      // Back from Checkout, the booking page confirms the payment before Stripe's webhook.
      const sessionId = await payDeposit(stripe, tenant, held.id, CARDS.ok);
      expect(await settleCheckoutSession(tenant, sessionId, "client")).toBe("confirmed");
      clock.set(at(startsAt, -2 * HOUR));
      expect((await cancelBooking({ tenantId: tenant.id, bookingId: held.id, actor: "client" })).late).toBe(true);
    } finally {
      await stripe.emulator().resumeWebhooks();
    }
    await stripe.flush(); // checkout.session.completed, delivered late
    expect((await reload(prisma, held)).status).toBe("CANCELLED");
    expect(await ledgerRows(prisma, held)).toEqual([["DEPOSIT", "SUCCEEDED", 2000]]);
    expect(stripeSide(stripe, tenant, held.id).refunds).toEqual([]);
    expect(stripe.warnings).toEqual([]);
  });
});

describe("a no-show", () => {
  it("keeps the deposit and charges the policy's no-show fee (Harbor: £20) once", async () => {
    const prisma = await db();
    const { tenant, booking, startsAt } = await bookAndPay(prisma, stripe, { salon: "harbor", client: 935, card: CARDS.ok });
    expect(booking).toMatchObject({ depositMinor: 1000, currency: "GBP" });
    clock.set(at(startsAt, 30 * 60_000));
    const noShow = await markNoShow({ tenantId: tenant.id, bookingId: booking.id, actor: "staff:test" });
    expect(noShow).toMatchObject({ status: "NO_SHOW", balanceStatus: "NOT_DUE" });
    const names = await jobNames(prisma, booking.id);
    expect(names).toContain(chargeFeeJob.name);
    expect(names).not.toContain(refundDepositJob.name);
    expect(names).not.toContain(chargeBalanceJob.name);

    const feeJob = { tenantId: tenant.id, bookingId: booking.id, kind: "NO_SHOW_FEE" as const };
    await chargeFeeJob.handler(feeJob);
    await chargeFeeJob.handler(feeJob);
    await stripe.flush();
    const rows = await ledger(prisma, booking);
    expect(rows.map((r) => [r.kind, r.status, r.amountMinor, r.currency])).toEqual([["DEPOSIT", "SUCCEEDED", 1000, "GBP"], ["NO_SHOW_FEE", "SUCCEEDED", 2000, "GBP"]]);
    expect(rows[1]).toMatchObject({ idempotencyKey: `fee:${booking.id}:NO_SHOW_FEE` });
    const side = stripeSide(stripe, tenant, booking.id);
    const fee = side.paymentIntents.find((pi) => pi.id === rows[1]!.stripePaymentIntentId);
    expect(fee).toMatchObject({ amount: 2000, currency: "gbp", status: "succeeded", latest_charge: rows[1]!.stripeChargeId });
    expect(side.refunds).toEqual([]);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });
});

describe("a dispute", () => {
  it("on the deposit and on the balance each land in the owner's list with the evidence", async () => {
    const prisma = await db();
    const { tenant, booking, reviewEndsAt } = await completedSession(prisma, stripe, clock, { salon: "serenity", client: 936, card: CARDS.disputed });
    const owner = await staffContextFor(prisma, "owner@serenity.test");
    const ownDisputes = async () => (await listPaymentsNeedingAttention(owner)).disputes.filter((d) => d.bookingId === booking.id);
    expect((await ownDisputes()).map((d) => d.amountMinor)).toEqual([2000]); // the deposit's charge, disputed at once

    clock.set(reviewEndsAt);
    await chargeBalanceJob.handler({ tenantId: tenant.id, bookingId: booking.id });
    await stripe.flush(); // payment_intent.succeeded, then charge.dispute.created
    expect((await reload(prisma, booking)).balanceStatus).toBe("PAID");
    const rows = await ledger(prisma, booking);
    expect(rows.map((r) => [r.kind, r.status, r.amountMinor])).toEqual([["DEPOSIT", "SUCCEEDED", 2000], ["BALANCE", "SUCCEEDED", 8000]]);

    const side = stripeSide(stripe, tenant, booking.id);
    expect(side.disputes.map((d) => [d.charge, d.amount, d.reason]).sort()).toEqual(rows.map((r) => [r.stripeChargeId, r.amountMinor, "fraudulent"]).sort());
    const disputes = await ownDisputes();
    expect(disputes.map((d) => [d.stripeDisputeId, d.stripeChargeId, d.amountMinor, d.currency, d.reason]).sort()).toEqual(
      side.disputes.map((d) => [d.id, d.charge, d.amount, "USD", "fraudulent"]).sort(),
    );

    const onBalance = disputes.find((d) => d.stripeChargeId === rows[1]!.stripeChargeId)!;
    const consent = booking.consent as { text: string; at: string };
    expect(onBalance.booking).toMatchObject({ id: booking.id, balanceStatus: "PAID" });
    expect(onBalance.evidence).toMatchObject({
      consent: { text: consent.text, at: consent.at },
      booking: { id: booking.id, service: booking.serviceName, status: "COMPLETED" },
      completedAt: booking.completedAt!.toISOString(),
      receipt: { currency: "USD", priceMinor: 10_000, paidMinor: 10_000 },
    });
    const evidence = onBalance.evidence as { policyTerms: string[]; history: { to: string }[]; receipt: { payments: { kind: string; stripe: string | null }[] } };
    expect(evidence.policyTerms.join(" ")).toBe(consent.text);
    // As a set: the "checkout opened" event is stamped by the database's clock, the others by the test's.
    expect(evidence.history.map((h) => h.to).sort()).toEqual(["COMPLETED", "CONFIRMED", "PENDING", "PENDING"]);
    expect(evidence.receipt.payments.map((p) => [p.kind, p.stripe]).sort()).toEqual(rows.map((r) => [r.kind, r.stripePaymentIntentId]).sort());
    const onDeposit = disputes.find((d) => d.stripeChargeId === rows[0]!.stripeChargeId)!;
    expect(onDeposit.evidence).toMatchObject({ completedAt: null, consent: { text: consent.text } });
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });
});
