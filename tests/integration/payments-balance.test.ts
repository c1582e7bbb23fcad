import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { restoreSystemClock, setClock } from "@/lib/time/clock";
import { chargeBalance } from "@/lib/payments/charges/charge-balance";
import { startBalanceCheckout } from "@/lib/payments/charges/pay-link";
import { summarizeLedger } from "@/lib/payments/ledger";
import { listPaymentsNeedingAttention } from "@/lib/payments/owner-lists";
import { setTip } from "@/lib/payments/review";
import { chargeBalanceJob, retryChargeJob } from "@/lib/jobs/payment-jobs";
import { sendPaymentDeclinedJob, sendPaymentNeedsYouJob, sendPaymentReceivedJob, sendSessionReceiptJob } from "@/lib/jobs/payment-email-jobs";
import { CheckoutDeclinedError } from "@/stripe-emulator/index";
import { TEST_NOW } from "../fixtures/test-clock";
import { setupTestDatabase } from "../setup/test-database";
import { setupStripeEmulator } from "../fixtures/stripe-emulator";
import { staffContextFor } from "../fixtures/factories";
import { CARDS, DAY, HOUR, completedSession, expectLedgerMatchesStripe, jobNames, jobsFor, ledger, ledgerRows, reload, sessionIdOf, stripeSide, testClock } from "../fixtures/payments";

// After the session: the balance (price + extras − deposit) and the tip on the saved card when
// the review window ends, or earlier when the client pays now; a card that needs the client
// gets a pay link; a declined card is retried after 1 and 3 days, then the balance is owed.

const { db } = setupTestDatabase();
const stripe = setupStripeEmulator();
const clock = testClock();
beforeAll(() => setClock(clock));
beforeEach(() => clock.set(TEST_NOW));
afterAll(() => restoreSystemClock());

const HOT_STONES = { description: "Hot stones add-on", amountMinor: 1500 };
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe("the balance after the session", () => {
  it("is charged off-session when the review window ends (price + extras − deposit), not before, and once", async () => {
    const prisma = await db();
    const { tenant, booking, reviewEndsAt } = await completedSession(prisma, stripe, clock, { salon: "serenity", client: 911, card: CARDS.ok, extras: [HOT_STONES] });
    expect(booking.extrasMinor).toBe(1500);
    expect(reviewEndsAt).toEqual(at(booking.completedAt!, 24 * HOUR));
    const jobs = await jobsFor(prisma, booking.id);
    expect(jobs.filter((j) => j.name === sendSessionReceiptJob.name)).toHaveLength(1);
    expect(jobs.filter((j) => j.name === chargeBalanceJob.name).map((j) => j.startAfter)).toEqual([reviewEndsAt]);

    const ref = { tenantId: tenant.id, bookingId: booking.id };
    clock.set(at(reviewEndsAt, -60_000));
    await chargeBalanceJob.handler(ref); // a job run a minute early charges nothing
    await stripe.flush();
    expect(await reload(prisma, booking)).toMatchObject({ balanceStatus: "IN_REVIEW", chargeAttempts: 0 });
    expect(stripeSide(stripe, tenant, booking.id).paymentIntents).toHaveLength(1);

    clock.set(reviewEndsAt);
    await chargeBalanceJob.handler(ref);
    await stripe.flush();
    const paid = await reload(prisma, booking);
    expect(paid).toMatchObject({ status: "COMPLETED", balanceStatus: "PAID", chargeAttempts: 1, nextChargeAt: null });
    const rows = await ledger(prisma, paid);
    expect(rows.map((r) => [r.kind, r.status, r.amountMinor])).toEqual([["DEPOSIT", "SUCCEEDED", 2000], ["BALANCE", "SUCCEEDED", 9500]]);
    const balance = rows[1]!;
    expect(balance).toMatchObject({ attempt: 1, idempotencyKey: `charge:${booking.id}:1`, currency: "USD" });
    const intent = stripeSide(stripe, tenant, booking.id).paymentIntents.find((pi) => pi.id === balance.stripePaymentIntentId);
    expect(intent).toMatchObject({ amount: 9500, status: "succeeded", customer: paid.stripeCustomerId, payment_method: paid.stripePaymentMethodId, metadata: { purpose: "charge", attempt: "1" } });
    expect(balance.stripeChargeId).toBe(intent!.latest_charge);
    expect(await jobNames(prisma, booking.id)).toContain(sendPaymentReceivedJob.name);
    expect(summarizeLedger({ priceMinor: paid.priceCents, extrasMinor: paid.extrasMinor }, rows)).toMatchObject({ chargedMinor: 11_500, balanceDueMinor: 0, pendingMinor: 0 });

    // The job delivered twice, or a retry after the client paid: nothing more is taken.
    await chargeBalanceJob.handler(ref);
    await retryChargeJob.handler(ref);
    await stripe.flush();
    expect(stripeSide(stripe, tenant, booking.id).paymentIntents).toHaveLength(2);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, paid);
    expect(stripe.warnings).toEqual([]);
  });

  it("paid early with an 18 % tip: one charge, BALANCE and TIP rows, and the window's end takes nothing more", async () => {
    const prisma = await db();
    const { tenant, booking, reviewEndsAt } = await completedSession(prisma, stripe, clock, { salon: "serenity", client: 912, card: CARDS.ok, extras: [HOT_STONES] });
    clock.set(at(booking.completedAt!, 2 * HOUR));
    expect(await setTip({ tenantId: tenant.id, bookingId: booking.id, choice: { kind: "percent", percent: 18 } })).toBe(2070); // 18 % of $115
    const outcome = await chargeBalance({ tenantId: tenant.id, bookingId: booking.id, trigger: "pay-now", actor: "client" });
    expect(outcome.result).toBe("paid");
    await stripe.flush();

    const paid = await reload(prisma, booking);
    expect(paid).toMatchObject({ balanceStatus: "PAID", tipMinor: 2070, chargeAttempts: 1 });
    const rows = await ledger(prisma, paid);
    expect(rows.map((r) => [r.kind, r.status, r.amountMinor])).toEqual([["DEPOSIT", "SUCCEEDED", 2000], ["BALANCE", "SUCCEEDED", 9500], ["TIP", "SUCCEEDED", 2070]]);
    const [balance, tip] = [rows.find((r) => r.kind === "BALANCE")!, rows.find((r) => r.kind === "TIP")!];
    expect(tip.stripePaymentIntentId).toBe(balance.stripePaymentIntentId);
    expect(tip.stripeChargeId).toBe(balance.stripeChargeId);
    const intent = stripeSide(stripe, tenant, booking.id).paymentIntents.find((pi) => pi.id === balance.stripePaymentIntentId);
    expect(intent).toMatchObject({ amount: 11_570, amount_received: 11_570, status: "succeeded" });

    await expect(setTip({ tenantId: tenant.id, bookingId: booking.id, choice: { kind: "percent", percent: 20 } })).rejects.toMatchObject({ code: "CONFLICT" });
    clock.set(reviewEndsAt);
    await chargeBalanceJob.handler({ tenantId: tenant.id, bookingId: booking.id });
    await stripe.flush();
    expect(stripeSide(stripe, tenant, booking.id).succeeded).toHaveLength(2);
    expect(await ledger(prisma, booking)).toHaveLength(3);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, paid);
    expect(stripe.warnings).toEqual([]);
  });

  it("a card that needs authentication off-session: ACTION_REQUIRED, then the pay link is paid on-session", async () => {
    const prisma = await db();
    const { tenant, booking, reviewEndsAt } = await completedSession(prisma, stripe, clock, { salon: "serenity", client: 913, card: CARDS.authEveryTime, extras: [HOT_STONES] });
    const ref = { tenantId: tenant.id, bookingId: booking.id };
    clock.set(reviewEndsAt);
    await chargeBalanceJob.handler(ref);
    await stripe.flush();
    expect(await reload(prisma, booking)).toMatchObject({ balanceStatus: "ACTION_REQUIRED", nextChargeAt: null });
    const failed = (await ledger(prisma, booking)).find((r) => r.kind === "BALANCE")!;
    expect(failed).toMatchObject({ status: "FAILED", amountMinor: 9500, failureCode: "authentication_required", attempt: 1 });
    const offSession = stripeSide(stripe, tenant, booking.id).paymentIntents.find((pi) => pi.id === failed.stripePaymentIntentId);
    expect(offSession).toMatchObject({ amount: 9500 });
    expect(offSession!.status).not.toBe("succeeded");
    const names = await jobNames(prisma, booking.id);
    expect(names).toContain(sendPaymentNeedsYouJob.name);
    expect(names).not.toContain(retryChargeJob.name); // retrying off-session cannot succeed
    const owner = await staffContextFor(prisma, "owner@serenity.test");
    expect((await listPaymentsNeedingAttention(owner)).unpaid.map((b) => b.id)).toContain(booking.id);

    // The client opens the link from the email, adds a 15 % tip and pays with authentication.
    clock.set(at(reviewEndsAt, HOUR));
    expect(await setTip({ ...ref, choice: { kind: "percent", percent: 15 } })).toBe(1725);
    const url = await startBalanceCheckout({ tenant, bookingId: booking.id });
    expect(await startBalanceCheckout({ tenant, bookingId: booking.id })).toBe(url); // reopened, not a second session
    const sessionId = sessionIdOf(url);
    const insufficient = await stripe.emulator().completeCheckout(sessionId, CARDS.authThenInsufficientFunds).then(() => null, (e: unknown) => e);
    expect((insufficient as CheckoutDeclinedError).declineCode).toBe("insufficient_funds");
    await stripe.flush();
    expect((await reload(prisma, booking)).balanceStatus).toBe("ACTION_REQUIRED");

    await stripe.emulator().completeCheckout(sessionId, CARDS.authEveryTime);
    await stripe.flush();
    const paid = await reload(prisma, booking);
    expect(paid).toMatchObject({ balanceStatus: "PAID", payLinkSessionId: null });
    const rows = await ledger(prisma, paid);
    expect(rows.map((r) => [r.kind, r.status, r.amountMinor])).toEqual([
      ["DEPOSIT", "SUCCEEDED", 2000],
      ["BALANCE", "FAILED", 9500],
      ["BALANCE", "SUCCEEDED", 9500],
      ["TIP", "SUCCEEDED", 1725],
    ]);
    const session = stripeSide(stripe, tenant, booking.id).sessions.find((s) => s.id === sessionId)!;
    expect(session).toMatchObject({ status: "complete", mode: "payment", amount_total: 11_225 });
    expect(rows[2]!.stripePaymentIntentId).toBe(session.payment_intent);
    expect(rows[3]!.stripePaymentIntentId).toBe(session.payment_intent);

    await chargeBalanceJob.handler(ref);
    await retryChargeJob.handler(ref);
    await stripe.flush();
    expect(stripeSide(stripe, tenant, booking.id).succeeded).toHaveLength(2);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, paid);
    expect(stripe.warnings).toEqual([]);
  });

  it("a card that declines every charge: retried after 1 and 3 days, then OWED, never charged twice", async () => {
    const prisma = await db();
    const { tenant, booking, reviewEndsAt } = await completedSession(prisma, stripe, clock, { salon: "serenity", client: 914, card: CARDS.chargesDecline, service: "express" });
    const ref = { tenantId: tenant.id, bookingId: booking.id };
    const attempts = async () => (await ledger(prisma, booking)).filter((r) => r.kind === "BALANCE");

    clock.set(reviewEndsAt);
    await chargeBalanceJob.handler(ref);
    await stripe.flush();
    expect(await reload(prisma, booking)).toMatchObject({ balanceStatus: "RETRY_SCHEDULED", nextChargeAt: at(reviewEndsAt, DAY), chargeAttempts: 1 });
    expect((await attempts()).map((r) => [r.attempt, r.status, r.amountMinor, r.failureCode])).toEqual([[1, "FAILED", 5500, "generic_decline"]]);
    expect((await jobsFor(prisma, booking.id)).filter((j) => j.name === retryChargeJob.name).map((j) => j.startAfter)).toEqual([at(reviewEndsAt, DAY)]);
    expect(await jobNames(prisma, booking.id)).toContain(sendPaymentDeclinedJob.name);

    clock.set(at(reviewEndsAt, 12 * HOUR));
    await retryChargeJob.handler(ref); // not due yet
    expect((await reload(prisma, booking)).chargeAttempts).toBe(1);

    clock.set(at(reviewEndsAt, DAY));
    await retryChargeJob.handler(ref);
    await stripe.flush();
    expect(await reload(prisma, booking)).toMatchObject({ balanceStatus: "RETRY_SCHEDULED", nextChargeAt: at(reviewEndsAt, 3 * DAY), chargeAttempts: 2 });

    clock.set(at(reviewEndsAt, 3 * DAY));
    await retryChargeJob.handler(ref);
    await retryChargeJob.handler(ref); // delivered twice: the second finds nothing to retry
    await chargeBalanceJob.handler(ref);
    await stripe.flush();
    const owed = await reload(prisma, booking);
    expect(owed).toMatchObject({ balanceStatus: "OWED", nextChargeAt: null, chargeAttempts: 3 });
    const failed = await attempts();
    expect(failed.map((r) => [r.attempt, r.status, r.amountMinor, r.idempotencyKey])).toEqual([1, 2, 3].map((n) => [n, "FAILED", 5500, `charge:${booking.id}:${n}`]));
    const side = stripeSide(stripe, tenant, booking.id);
    expect(side.paymentIntents.map((pi) => [pi.id, pi.amount])).toEqual(failed.map((r) => [r.stripePaymentIntentId, 5500]));
    expect(side.succeeded).toEqual([]);
    const intentIds = new Set(failed.map((r) => r.stripePaymentIntentId));
    expect(stripe.emulator().state(tenant.stripeAccountId).charges.filter((c) => intentIds.has(String(c.payment_intent)) && c.status === "succeeded")).toEqual([]);
    const owner = await staffContextFor(prisma, "owner@serenity.test");
    expect((await listPaymentsNeedingAttention(owner)).unpaid.find((b) => b.id === booking.id)).toMatchObject({ balanceStatus: "OWED" });

    // The client pays what is owed with another card through the pay link.
    const sessionId = sessionIdOf(await startBalanceCheckout({ tenant, bookingId: booking.id }));
    await stripe.emulator().completeCheckout(sessionId, CARDS.ok);
    await stripe.flush();
    expect((await reload(prisma, booking)).balanceStatus).toBe("PAID");
    expect(await ledgerRows(prisma, booking)).toEqual([...[1, 2, 3].map(() => ["BALANCE", "FAILED", 5500]), ["BALANCE", "SUCCEEDED", 5500]]);
    await expectLedgerMatchesStripe(prisma, stripe, tenant, booking);
    expect(stripe.warnings).toEqual([]);
  });
});
