import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { restoreSystemClock, setClock } from "@/lib/time/clock";
import { createBooking } from "@/lib/booking/create-booking";
import { startDepositCheckout } from "@/lib/payments/checkout";
import { HOLD_EXPIRED_REASON } from "@/lib/payments/expire-hold";
import { transitionBooking } from "@/lib/booking/transition";
import { expireHoldJob } from "@/lib/jobs/payment-jobs";
import { CheckoutDeclinedError } from "@/stripe-emulator/index";
import { TEST_NOW } from "../fixtures/test-clock";
import { setupTestDatabase } from "../setup/test-database";
import { setupStripeEmulator } from "../fixtures/stripe-emulator";
import { clientDetails } from "../fixtures/factories";
import { CARDS, expectLedgerMatchesStripe, holdSolo, jobsFor, ledger, ledgerRows, payDeposit, reload, sessionIdOf, stripeSide, testClock } from "../fixtures/payments";

// The deposit step of paying after the session: Checkout on the salon's account takes the
// deposit and saves the card (or only saves it), the webhook confirms the hold; a declined
// card leaves the hold open for another try; an unpaid hold is released after 10 minutes.

const { db } = setupTestDatabase();
const stripe = setupStripeEmulator();
const clock = testClock();
beforeAll(() => setClock(clock));
beforeEach(() => clock.set(TEST_NOW));
afterAll(() => restoreSystemClock());

const MINUTE = 60_000;

describe("deposit through Checkout", () => {
  it("a paid deposit confirms the held booking by webhook, with the deposit and the saved card", async () => {
    const prisma = await db();
    const { tenant, booking: held } = await holdSolo(prisma, { salon: "serenity", client: 901 });
    expect(held.status).toBe("PENDING");
    expect(held.depositMinor).toBe(2000); // 20 % of $100
    const sessionId = await payDeposit(stripe, tenant, held.id, CARDS.ok);
    await stripe.flush();

    const booking = await reload(prisma, held);
    expect(booking).toMatchObject({ status: "CONFIRMED", balanceStatus: "NOT_DUE", checkoutSessionId: sessionId, holdExpiresAt: null });
    const [deposit, ...rest] = await ledger(prisma, booking);
    expect(rest).toEqual([]);
    expect(deposit).toMatchObject({ kind: "DEPOSIT", status: "SUCCEEDED", amountMinor: 2000, currency: "USD" });

    const side = stripeSide(stripe, tenant, booking.id);
    expect(side.paymentIntents).toHaveLength(1);
    const [intent] = side.paymentIntents;
    expect(intent).toMatchObject({ id: deposit!.stripePaymentIntentId, amount: 2000, amount_received: 2000, currency: "usd", status: "succeeded", setup_future_usage: "off_session" });
    expect(deposit!.stripeChargeId).toBe(intent!.latest_charge);
    expect(booking.stripePaymentMethodId).toBe(intent!.payment_method);
    expect(booking.stripeCustomerId).toBe(intent!.customer);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });

  it("a declined card leaves the hold PENDING with nothing charged, and the same Checkout can be paid again", async () => {
    const prisma = await db();
    const { tenant, booking: held } = await holdSolo(prisma, { salon: "serenity", client: 902 });
    const url = await startDepositCheckout({ tenant, bookingId: held.id });
    const sessionId = sessionIdOf(url);

    const declined = await stripe.emulator().completeCheckout(sessionId, CARDS.declined).then(() => null, (e: unknown) => e);
    expect(declined).toBeInstanceOf(CheckoutDeclinedError);
    expect((declined as CheckoutDeclinedError).declineCode).toBe("generic_decline");
    await stripe.flush();
    expect(await reload(prisma, held)).toMatchObject({ status: "PENDING", stripePaymentMethodId: null });
    expect(await ledger(prisma, held)).toEqual([]);
    expect(stripeSide(stripe, tenant, held.id).succeeded).toEqual([]);

    // Back on the booking page: the open session is offered again, not a second one.
    expect(await startDepositCheckout({ tenant, bookingId: held.id })).toBe(url);
    await stripe.emulator().completeCheckout(sessionId, CARDS.ok);
    await stripe.flush();
    const booking = await reload(prisma, held);
    expect(booking.status).toBe("CONFIRMED");
    expect(await ledgerRows(prisma, booking)).toEqual([["DEPOSIT", "SUCCEEDED", 2000]]);
    const side = stripeSide(stripe, tenant, booking.id);
    expect(side.sessions).toHaveLength(1);
    expect(side.succeeded.map((pi) => pi.amount_received)).toEqual([2000]);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });

  it("an unpaid hold is released after 10 minutes: the session is expired at Stripe, the slot is free again", async () => {
    const prisma = await db();
    const { tenant, booking: held, serviceId, therapistId, startsAt } = await holdSolo(prisma, { salon: "serenity", client: 903 });
    const sessionId = sessionIdOf(await startDepositCheckout({ tenant, bookingId: held.id }));
    const [expiry] = (await jobsFor(prisma, held.id)).filter((j) => j.name === expireHoldJob.name);
    expect(expiry?.startAfter).toEqual(new Date(TEST_NOW.getTime() + 10 * MINUTE));

    // A job that runs early does nothing but look again at the hold's end.
    clock.set(new Date(TEST_NOW.getTime() + 9 * MINUTE));
    await expireHoldJob.handler({ tenantId: tenant.id, bookingId: held.id });
    expect((await reload(prisma, held)).status).toBe("PENDING");
    expect((await jobsFor(prisma, held.id)).filter((j) => j.name === expireHoldJob.name)).toHaveLength(2);

    clock.set(new Date(TEST_NOW.getTime() + 10 * MINUTE));
    await expireHoldJob.handler({ tenantId: tenant.id, bookingId: held.id });
    await stripe.flush();
    expect(await reload(prisma, held)).toMatchObject({ status: "CANCELLED", cancelReason: HOLD_EXPIRED_REASON, holdExpiresAt: null });
    expect(stripeSide(stripe, tenant, held.id).sessions.map((s) => s.status)).toEqual(["expired"]);

    // Paying afterwards is refused by Stripe: no money moves for a slot that is no longer theirs.
    const late = await stripe.emulator().completeCheckout(sessionId, CARDS.ok).then(() => null, (e: unknown) => e);
    expect(late).toBeInstanceOf(Error);
    expect(String(late)).toMatch(/expired/);
    await expect(startDepositCheckout({ tenant, bookingId: held.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await ledger(prisma, held)).toEqual([]);
    expect(stripeSide(stripe, tenant, held.id).succeeded).toEqual([]);

    const rebooked = await createBooking({ tenant, input: { serviceId, therapistId, startsAt, client: clientDetails(904) } });
    expect(rebooked.status).toBe("PENDING");
    expect(stripe.warnings).toEqual([]);
  });

  it("a deposit paid just before the hold lapses wins, even before its webhook arrives", async () => {
    const prisma = await db();
    const { tenant, booking: held } = await holdSolo(prisma, { salon: "serenity", client: 905 });
    await stripe.emulator().pauseWebhooks();
    try {
      await payDeposit(stripe, tenant, held.id, CARDS.ok);
      clock.set(new Date(TEST_NOW.getTime() + 10 * MINUTE));
      await expireHoldJob.handler({ tenantId: tenant.id, bookingId: held.id });
      expect((await reload(prisma, held)).status).toBe("CONFIRMED");
    } finally {
      await stripe.emulator().resumeWebhooks();
    }
    await stripe.flush();
    const booking = await reload(prisma, held);
    expect(booking.status).toBe("CONFIRMED");
    expect(await ledgerRows(prisma, booking)).toEqual([["DEPOSIT", "SUCCEEDED", 2000]]);
    expect(stripeSide(stripe, tenant, booking.id).refunds).toEqual([]);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });

  it("a payment Stripe reports for a hold already released is refunded in full, and the booking stays released", async () => {
    const prisma = await db();
    const { tenant, booking: held } = await holdSolo(prisma, { salon: "serenity", client: 907 });
    await stripe.emulator().pauseWebhooks();
    try {
      await payDeposit(stripe, tenant, held.id, CARDS.ok);
      // Stands in for a release that did not see the payment (the app always expires the
      // session first, so only a lost answer from Stripe could get here): released, not confirmed.
      clock.set(new Date(TEST_NOW.getTime() + 10 * MINUTE));
      await prisma.$transaction((tx) => transitionBooking(tx, { tenantId: tenant.id, bookingId: held.id, from: "PENDING", to: "CANCELLED", actor: "system", note: "hold expired", now: clock.now(), data: { cancelledAt: clock.now(), cancelReason: HOLD_EXPIRED_REASON, holdExpiresAt: null } }));
    } finally {
      await stripe.emulator().resumeWebhooks();
    }
    await stripe.flush(); // checkout.session.completed, then charge.refunded
    expect((await reload(prisma, held)).status).toBe("CANCELLED");
    const [deposit, refund] = await ledger(prisma, held);
    expect(await ledgerRows(prisma, held)).toEqual([["DEPOSIT", "SUCCEEDED", 2000], ["REFUND", "SUCCEEDED", 2000]]);
    expect(refund).toMatchObject({ refundOfId: deposit!.id, note: "Paid after the booking was released" });
    expect(stripeSide(stripe, tenant, held.id).refunds.map((r) => [r.payment_intent, r.amount, r.status])).toEqual([[deposit!.stripePaymentIntentId, 2000, "succeeded"]]);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, held);
    expect(stripe.warnings).toEqual([]);
  });

  it("a service without a deposit saves the card in setup mode and confirms with nothing charged", async () => {
    const prisma = await db();
    const { tenant, booking: held } = await holdSolo(prisma, { salon: "serenity", client: 906, service: "express" });
    expect(held).toMatchObject({ serviceName: "Express back & shoulders", depositMinor: 0, priceCents: 5500 });
    const sessionId = await payDeposit(stripe, tenant, held.id, CARDS.ok);
    await stripe.flush();

    const booking = await reload(prisma, held);
    expect(booking.status).toBe("CONFIRMED");
    expect(await ledger(prisma, booking)).toEqual([]);
    const side = stripeSide(stripe, tenant, booking.id);
    expect(side.sessions.map((s) => [s.id, s.mode, s.status])).toEqual([[sessionId, "setup", "complete"]]);
    expect(side.paymentIntents).toEqual([]);
    expect(side.setupIntents).toHaveLength(1);
    expect(side.setupIntents[0]).toMatchObject({ status: "succeeded", usage: "off_session" });
    expect(booking.stripePaymentMethodId).toBe(side.setupIntents[0]!.payment_method);
    expect(booking.stripeCustomerId).toBeTruthy();
    expect(stripe.warnings).toEqual([]);
  });
});
