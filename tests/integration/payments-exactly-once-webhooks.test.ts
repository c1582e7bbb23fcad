import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { completeBooking } from "@/lib/booking/complete-booking";
import type { PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { chargeBalance } from "@/lib/payments/charges/charge-balance";
import { refundDeposit } from "@/lib/payments/refund-deposit";
import { setTip } from "@/lib/payments/review";
import { HANDLED_EVENT_TYPES } from "@/lib/payments/webhooks/handle-event";
import { manualClock, restoreSystemClock, setClock } from "@/lib/time/clock";
import { JOB_SCHEMA } from "@/lib/jobs/queue";
import type { WebhookMode } from "@/stripe-emulator/index";
import { setupTestDatabase } from "../setup/test-database";
import { setupStripeEmulator } from "../fixtures/stripe-emulator";
import { createSoloTherapist, tenantBySlug } from "../fixtures/factories";
import { TEST_NOW } from "../fixtures/test-clock";
import { CARDS, HOUR } from "../fixtures/payments";
import { bookThroughCheckout, createCardOnlyService, deliverAllWebhooks, ledgerMismatches, nyStart, setupCountingWebhooks } from "../fixtures/exactly-once";

// The payments issue's first exactly-once figure: Stripe may deliver an event more than once
// and in any order. The same batch of booking journeys runs twice with webhooks held back
// while the clients pay, return, get charged, cancel and dispute: once delivered one by one in
// order, once with every event delivered three times in shuffled order. Both must end in the
// same state, the one each journey expects, with each event recorded once and the ledger equal
// to the emulator's PaymentIntents, refunds and disputes.

const { db } = setupTestDatabase();
const stripe = setupStripeEmulator();
const tally = setupCountingWebhooks(stripe);
beforeAll(() => setClock(manualClock(TEST_NOW)));
afterAll(() => restoreSystemClock());

const { ok: OK, declined: DECLINED, disputed: DISPUTED, chargesDecline: CHARGES_DECLINED } = CARDS;

type Journey = {
  name: string;
  /** "deposit": 20 % of 100.00 at Checkout; "card": no deposit, Checkout only saves the card. */
  pay: "deposit" | "card";
  card: string;
  declineFirst?: string;
  settle: "return" | "webhook";
  then?: "charge" | "cancel-in-time" | "cancel-late";
  tip?: boolean;
  extrasMinor?: number;
  expect: { status: string; balance: string; ledger: string[]; disputes: number };
};

const JOURNEYS: Journey[] = [
  { name: "deposit paid, client returns", pay: "deposit", card: OK, settle: "return", expect: { status: "CONFIRMED", balance: "NOT_DUE", ledger: ["DEPOSIT SUCCEEDED 2000"], disputes: 0 } },
  { name: "deposit paid, confirmed by webhook only", pay: "deposit", card: OK, settle: "webhook", expect: { status: "CONFIRMED", balance: "NOT_DUE", ledger: ["DEPOSIT SUCCEEDED 2000"], disputes: 0 } },
  { name: "declined, then paid, by webhook only", pay: "deposit", card: OK, declineFirst: DECLINED, settle: "webhook", expect: { status: "CONFIRMED", balance: "NOT_DUE", ledger: ["DEPOSIT SUCCEEDED 2000"], disputes: 0 } },
  { name: "declined, then paid, balance charged", pay: "deposit", card: OK, declineFirst: DECLINED, settle: "return", then: "charge", expect: { status: "COMPLETED", balance: "PAID", ledger: ["BALANCE SUCCEEDED 8000", "DEPOSIT SUCCEEDED 2000"], disputes: 0 } },
  { name: "balance charged", pay: "deposit", card: OK, settle: "return", then: "charge", expect: { status: "COMPLETED", balance: "PAID", ledger: ["BALANCE SUCCEEDED 8000", "DEPOSIT SUCCEEDED 2000"], disputes: 0 } },
  { name: "balance and an 18% tip charged", pay: "deposit", card: OK, settle: "return", then: "charge", tip: true, expect: { status: "COMPLETED", balance: "PAID", ledger: ["BALANCE SUCCEEDED 8000", "DEPOSIT SUCCEEDED 2000", "TIP SUCCEEDED 1800"], disputes: 0 } },
  { name: "balance with extras charged", pay: "deposit", card: OK, settle: "return", then: "charge", extrasMinor: 1500, expect: { status: "COMPLETED", balance: "PAID", ledger: ["BALANCE SUCCEEDED 9500", "DEPOSIT SUCCEEDED 2000"], disputes: 0 } },
  { name: "cancelled in time, deposit refunded", pay: "deposit", card: OK, settle: "return", then: "cancel-in-time", expect: { status: "CANCELLED", balance: "NOT_DUE", ledger: ["DEPOSIT SUCCEEDED 2000", "REFUND SUCCEEDED 2000"], disputes: 0 } },
  { name: "cancelled late, deposit kept", pay: "deposit", card: OK, settle: "return", then: "cancel-late", expect: { status: "CANCELLED", balance: "NOT_DUE", ledger: ["DEPOSIT SUCCEEDED 2000"], disputes: 0 } },
  { name: "deposit disputed, confirmed by webhook only", pay: "deposit", card: DISPUTED, settle: "webhook", expect: { status: "CONFIRMED", balance: "NOT_DUE", ledger: ["DEPOSIT SUCCEEDED 2000"], disputes: 1 } },
  { name: "deposit and balance disputed", pay: "deposit", card: DISPUTED, settle: "return", then: "charge", expect: { status: "COMPLETED", balance: "PAID", ledger: ["BALANCE SUCCEEDED 8000", "DEPOSIT SUCCEEDED 2000"], disputes: 2 } },
  { name: "card saved, balance declined", pay: "card", card: CHARGES_DECLINED, settle: "return", then: "charge", expect: { status: "COMPLETED", balance: "RETRY_SCHEDULED", ledger: ["BALANCE FAILED 10000"], disputes: 0 } },
  { name: "card saved, confirmed by webhook only", pay: "card", card: OK, settle: "webhook", expect: { status: "CONFIRMED", balance: "NOT_DUE", ledger: [], disputes: 0 } },
  { name: "card saved, balance charged", pay: "card", card: OK, settle: "return", then: "charge", expect: { status: "COMPLETED", balance: "PAID", ledger: ["BALANCE SUCCEEDED 10000"], disputes: 0 } },
];

/** Everything about a booking that redelivery could disturb, without ids or times. */
async function bookingState(prisma: PrismaClient, tenantId: string, bookingId: string) {
  const booking = await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: bookingId } }, include: { payments: true, disputes: true, events: true } });
  const jobs = await prisma.$queryRawUnsafe<{ name: string; n: number }[]>(
    `SELECT name, count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE data->>'bookingId' = $1 GROUP BY name ORDER BY name`,
    bookingId,
  );
  return {
    status: booking.status,
    balance: booking.balanceStatus,
    chargeAttempts: booking.chargeAttempts,
    ledger: booking.payments.map((p) => `${p.kind} ${p.status} ${p.amountMinor}`).sort(),
    disputes: booking.disputes.length,
    transitions: booking.events.map((e) => `${e.fromStatus}>${e.toStatus}`).sort(),
    jobs: jobs.map((j) => `${j.name}×${j.n}`),
  };
}

type RunResult = { bookingIds: string[]; events: string[]; states: Awaited<ReturnType<typeof bookingState>>[]; mismatches: string[] };

/** The whole batch with webhooks held back, then delivered in `mode`. */
async function runBatch(prisma: PrismaClient, tenant: Tenant, mode: WebhookMode): Promise<RunResult> {
  const account = tenant.stripeAccountId!;
  const { therapist, service } = await createSoloTherapist(prisma, tenant.id);
  const cardOnly = await createCardOnlyService(prisma, tenant.id, therapist.id);
  const seen = new Set(stripe.emulator().state(account).events.map((e) => e.id));
  await stripe.emulator().setWebhookMode(mode); // copies are made as events are queued
  await stripe.emulator().pauseWebhooks();

  const bookingIds: string[] = [];
  for (const [i, j] of JOURNEYS.entries()) {
    const startsAt = nyStart(`2026-12-${String(1 + Math.floor(i / 8)).padStart(2, "0")}`, 9 + (i % 8));
    const { bookingId } = await bookThroughCheckout(stripe, tenant, {
      serviceId: j.pay === "deposit" ? service.id : cardOnly.id, therapistId: therapist.id, startsAt, client: 7000 + bookingIds.length + (mode.duplicates > 1 ? 100 : 0), card: j.card, declineFirst: j.declineFirst, settle: j.settle,
    });
    bookingIds.push(bookingId);
    const ref = { tenantId: tenant.id, bookingId };
    if (j.then === "charge") {
      const completedAt = new Date(new Date(startsAt).getTime() + HOUR);
      const extras = j.extrasMinor ? [{ description: "Hot stones", amountMinor: j.extrasMinor, minutes: 0 }] : [];
      const done = await completeBooking({ ...ref, actor: therapist.userId, input: { extras }, now: completedAt });
      if (j.tip) await setTip({ ...ref, choice: { kind: "percent", percent: 18 } });
      await chargeBalance({ ...ref, trigger: "review-ended", now: done.reviewEndsAt! });
    } else if (j.then === "cancel-in-time") {
      await cancelBooking({ ...ref, actor: "client", reason: "Plans changed" });
      await refundDeposit(ref); // the refund job, run at once
    } else if (j.then === "cancel-late") {
      await cancelBooking({ ...ref, actor: "client", reason: "Running late", now: new Date(new Date(startsAt).getTime() - 2 * HOUR) });
    }
  }

  await deliverAllWebhooks(stripe);
  await stripe.emulator().setWebhookMode({ duplicates: 1, shuffle: false });
  const state = stripe.emulator().state(account);
  const events = state.events.filter((e) => !seen.has(e.id)).map((e) => e.id);
  const states = [];
  const mismatches: string[] = [];
  for (const [i, id] of bookingIds.entries()) {
    states.push(await bookingState(prisma, tenant.id, id));
    mismatches.push(...(await ledgerMismatches(prisma, state, tenant.id, id)).map((m) => `${JOURNEYS[i]!.name}: ${m}`));
  }
  return { bookingIds, events, states, mismatches };
}

describe("every webhook delivered three times, in shuffled order", () => {
  it("ends every journey as a single in-order delivery does, each event recorded once, the ledger equal to Stripe's", { timeout: 120_000 }, async () => {
    const prisma = await db();
    const tenant = await tenantBySlug(prisma, "serenity");
    await deliverAllWebhooks(stripe); // the salons' connection events from the fixture

    const before = { ...tally };
    const inOrder = await runBatch(prisma, tenant, { duplicates: 1, shuffle: false });
    const single = { deliveries: tally.deliveries - before.deliveries, duplicates: tally.duplicates - before.duplicates };
    const mid = { ...tally };
    const shuffled = await runBatch(prisma, tenant, { duplicates: 3, shuffle: true });
    const triple = { deliveries: tally.deliveries - mid.deliveries, duplicates: tally.duplicates - mid.duplicates, processed: tally.processed - mid.processed };

    // Each journey as it should end, in both runs, and the same in both.
    for (const [i, j] of JOURNEYS.entries()) {
      const expected = { status: j.expect.status, balance: j.expect.balance, ledger: j.expect.ledger, disputes: j.expect.disputes };
      for (const run of [inOrder, shuffled]) {
        const s = run.states[i]!;
        expect({ journey: j.name, status: s.status, balance: s.balance, ledger: s.ledger, disputes: s.disputes }).toEqual({ journey: j.name, ...expected });
      }
      expect({ journey: j.name, ...shuffled.states[i] }).toEqual({ journey: j.name, ...inOrder.states[i] });
    }

    // Each event of the handled types recorded once; every copy after the first ignored.
    const handled = new Set(HANDLED_EVENT_TYPES);
    const account = tenant.stripeAccountId!;
    const events = stripe.emulator().state(account).events.filter((e) => shuffled.events.includes(e.id));
    const handledIds = events.filter((e) => handled.has(e.type)).map((e) => e.id);
    const stored = await prisma.stripeEvent.findMany({ where: { id: { in: shuffled.events } } });
    expect(stored.map((e) => e.id).sort()).toEqual([...handledIds].sort());
    expect(stored.every((e) => e.account === account)).toBe(true);
    expect(single.duplicates).toBe(0);
    expect(triple.deliveries).toBe(3 * events.length);
    expect(triple.processed).toBe(handledIds.length);
    expect(triple.duplicates).toBe(2 * handledIds.length);
    expect(tally.failed).toBe(0);

    // No ledger row twice: one row per (kind, PaymentIntent) and per refund, in both runs.
    const rows = await prisma.paymentRecord.findMany({ where: { tenantId: tenant.id, bookingId: { in: [...inOrder.bookingIds, ...shuffled.bookingIds] } } });
    const keys = rows.map((r) => `${r.kind}:${r.stripeRefundId ?? r.stripePaymentIntentId}:${r.attempt ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...inOrder.mismatches, ...shuffled.mismatches]).toEqual([]);
    expect(stripe.warnings).toEqual([]);

    const mismatches = inOrder.mismatches.length + shuffled.mismatches.length + JOURNEYS.filter((_, i) => JSON.stringify(inOrder.states[i]) !== JSON.stringify(shuffled.states[i])).length;
    console.log(
      `webhook redelivery: ${JOURNEYS.length} bookings, ${events.length} events (${handledIds.length} handled) delivered ${triple.deliveries} times in shuffled order, ` +
        `${triple.duplicates} duplicates ignored, ${stored.length} StripeEvent rows, ${rows.length} ledger rows in both runs, mismatches=${mismatches} ` +
        `(in-order control: ${single.deliveries} deliveries)`,
    );
  });
});
