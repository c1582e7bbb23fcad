import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { transactionWithRetry, type TransactionClient } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { BalanceStatus, Booking, PaymentRecord, Tenant } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/queue";
import { now as clockNow } from "@/lib/time/clock";
import type { PaymentMetadata } from "../checkout";
import { isStripeCardError, onSalonAccount, stripe, stripeId } from "../stripe";
import { lockBookingForCharge } from "./charge-lock";
import { amountDue } from "./amount-due";
import { closePayLink } from "./pay-link";
import { planAfterFailure, type ChargeFailure } from "./retry-schedule";
import { balanceChargeJobs } from "@/lib/jobs/payment-jobs";

// The balance (and tip) on the saved card, off-session, exactly once. Three steps:
//   1. in a transaction, write the attempt's ledger rows as PENDING with its idempotency key
//      (`charge:<booking>:<attempt>`) and mark the booking PROCESSING;
//   2. ask Stripe, with that key;
//   3. in a transaction, record what Stripe said.
// A crash after 1 or 2 leaves PROCESSING with the rows in place: the next run resumes the same
// attempt with the same key and amount, and Stripe answers with the charge it already made.

export type ChargeTrigger = "review-ended" | "pay-now" | "retry" | "owner";

/** From which balance states each trigger may start a new attempt (PROCESSING always resumes). */
const STARTS_FROM: Record<ChargeTrigger, readonly BalanceStatus[]> = {
  "review-ended": ["IN_REVIEW"],
  "pay-now": ["IN_REVIEW", "RETRY_SCHEDULED", "OWED"],
  retry: ["RETRY_SCHEDULED"],
  owner: ["CONCERN", "OWED", "RETRY_SCHEDULED"],
};

export type ChargeOutcome =
  | { result: "paid"; paymentIntentId: string | null }
  | { result: "failed"; status: BalanceStatus; failure: ChargeFailure }
  | { result: "skipped"; reason: string };

/** Test seam for the chaos test: throws at a named point, as a killed process would stop there. */
export type CrashPoint = "before-stripe" | "after-stripe" | "after-commit";
export type ChargeArgs = { tenantId: string; bookingId: string; trigger: ChargeTrigger; now?: Date; actor?: string; crashAt?: (point: CrashPoint) => void };

type Attempt = { attempt: number; key: string; rows: PaymentRecord[]; amountMinor: number };

export async function chargeBalance({ tenantId, bookingId, trigger, now = clockNow(), actor = "system", crashAt }: ChargeArgs): Promise<ChargeOutcome> {
  const prisma = await db();
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  const begun = await transactionWithRetry(prisma, (tx) => beginAttempt(tx, { tenantId, bookingId, trigger, now, actor }));
  if ("skipped" in begun) return { result: "skipped", reason: begun.skipped };
  const { booking, attempt } = begun;

  // A pay link left open would let the client pay on-session while we charge off-session.
  const link = await closePayLink(tenant, booking);
  if (link === "paid") return { result: "paid", paymentIntentId: null };

  crashAt?.("before-stripe");
  const response = await confirmOffSession(tenant, booking, attempt);
  crashAt?.("after-stripe");
  const outcome = await transactionWithRetry(prisma, (tx) => recordOutcome(tx, { booking, attempt, response, now }));
  crashAt?.("after-commit");
  return outcome;
}

type Begun = { skipped: string } | { booking: Booking; attempt: Attempt };

async function beginAttempt(tx: TransactionClient, { tenantId, bookingId, trigger, now, actor }: { tenantId: string; bookingId: string; trigger: ChargeTrigger; now: Date; actor: string }): Promise<Begun> {
  const booking = await lockBookingForCharge(tx, tenantId, bookingId);
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
  const records = await tx.paymentRecord.findMany({ where: { tenantId, bookingId } });

  if (booking.balanceStatus === "PROCESSING") {
    const rows = records.filter((r) => r.attempt === booking.chargeAttempts && r.status === "PENDING" && (r.kind === "BALANCE" || r.kind === "TIP"));
    const key = rows[0]?.idempotencyKey;
    if (!key) throw new Error(`Booking ${bookingId} is PROCESSING without pending rows for attempt ${booking.chargeAttempts}`);
    return { booking, attempt: { attempt: booking.chargeAttempts, key, rows, amountMinor: rows.reduce((t, r) => t + r.amountMinor, 0) } };
  }
  if (!STARTS_FROM[trigger].includes(booking.balanceStatus)) return { skipped: `balance is ${booking.balanceStatus}` };
  if (trigger === "review-ended" && booking.reviewEndsAt && booking.reviewEndsAt > now) return { skipped: "review window still open" };
  if (trigger === "retry" && booking.nextChargeAt && booking.nextChargeAt > now) return { skipped: "retry not due yet" };

  const due = amountDue(booking, records);
  if (due.totalMinor === 0) {
    await tx.booking.update({ where: { tenantId_id: { tenantId, id: bookingId } }, data: { balanceStatus: "PAID", nextChargeAt: null, updatedAt: now } });
    return { skipped: "nothing due" };
  }
  if (!booking.stripePaymentMethodId) throw new AppError("CONFLICT", "No card is saved for this booking.");
  const attempt = booking.chargeAttempts + 1;
  const key = `charge:${bookingId}:${attempt}`;
  const base = { tenantId, bookingId, status: "PENDING" as const, currency: booking.currency, attempt, idempotencyKey: key, actor, createdAt: now, updatedAt: now };
  const rows = [await tx.paymentRecord.create({ data: { ...base, kind: "BALANCE", amountMinor: due.balanceMinor } })];
  if (due.tipMinor > 0) rows.push(await tx.paymentRecord.create({ data: { ...base, kind: "TIP", amountMinor: due.tipMinor } }));
  await tx.booking.update({ where: { tenantId_id: { tenantId, id: bookingId } }, data: { balanceStatus: "PROCESSING", chargeAttempts: attempt, updatedAt: now } });
  return { booking: { ...booking, balanceStatus: "PROCESSING" as const, chargeAttempts: attempt }, attempt: { attempt, key, rows, amountMinor: due.totalMinor } };
}

export type StripeResponse = { ok: true; intent: Stripe.PaymentIntent } | { ok: false; failure: ChargeFailure; paymentIntentId: string | null };

async function confirmOffSession(tenant: Tenant, booking: Booking, attempt: Attempt): Promise<StripeResponse> {
  const metadata: PaymentMetadata = { tenant_id: tenant.id, booking_id: booking.id, purpose: "charge", attempt: String(attempt.attempt) };
  try {
    const intent = await stripe().paymentIntents.create(
      {
        amount: attempt.amountMinor,
        currency: booking.currency.toLowerCase(),
        ...(booking.stripeCustomerId ? { customer: booking.stripeCustomerId } : {}),
        payment_method: booking.stripePaymentMethodId ?? undefined,
        off_session: true,
        confirm: true,
        description: `${booking.serviceName} at ${tenant.name}`,
        metadata,
      },
      onSalonAccount(tenant, attempt.key),
    );
    if (intent.status === "succeeded") return { ok: true, intent };
    if (intent.status === "requires_action") return { ok: false, failure: { kind: "authentication_required" }, paymentIntentId: intent.id };
    return { ok: false, failure: { kind: "declined", code: intent.status, message: `The payment is ${intent.status}` }, paymentIntentId: intent.id };
  } catch (error) {
    // Anything but a card's answer (network, Stripe down) is retried by the job with the same key.
    if (!isStripeCardError(error)) throw error;
    const paymentIntentId = (error.payment_intent as Stripe.PaymentIntent | undefined)?.id ?? null;
    if (error.code === "authentication_required") return { ok: false, failure: { kind: "authentication_required" }, paymentIntentId };
    return { ok: false, failure: { kind: "declined", code: error.decline_code ?? error.code ?? null, message: error.message }, paymentIntentId };
  }
}

/** Step 3, conditional on the attempt still being the one in progress (a webhook may have settled it). */
export async function recordOutcome(tx: TransactionClient, { booking, attempt, response, now }: { booking: Booking; attempt: Pick<Attempt, "attempt">; response: StripeResponse; now: Date }): Promise<ChargeOutcome> {
  const current = await lockBookingForCharge(tx, booking.tenantId, booking.id);
  if (!current || current.balanceStatus !== "PROCESSING" || current.chargeAttempts !== attempt.attempt) {
    return { result: "skipped", reason: "attempt already settled" };
  }
  const where = { tenantId: booking.tenantId, bookingId: booking.id, attempt: attempt.attempt, status: "PENDING" as const, kind: { in: ["BALANCE" as const, "TIP" as const] } };
  if (response.ok) {
    await tx.paymentRecord.updateMany({ where, data: { status: "SUCCEEDED", stripePaymentIntentId: response.intent.id, stripeChargeId: stripeId(response.intent.latest_charge), updatedAt: now } });
    await tx.booking.update({ where: { tenantId_id: { tenantId: booking.tenantId, id: booking.id } }, data: { balanceStatus: "PAID", nextChargeAt: null, updatedAt: now } });
    for (const job of balanceChargeJobs.paid) await enqueue(tx, job, { tenantId: booking.tenantId, bookingId: booking.id });
    return { result: "paid", paymentIntentId: response.intent.id };
  }
  const failure = response.failure;
  await tx.paymentRecord.updateMany({
    where,
    data: { status: "FAILED", stripePaymentIntentId: response.paymentIntentId, failureCode: failure.kind === "declined" ? (failure.code ?? "card_declined") : "authentication_required", failureMessage: failure.kind === "declined" ? failure.message : "The card needs the client to confirm the payment", updatedAt: now },
  });
  const declines = await tx.paymentRecord.findMany({
    where: { tenantId: booking.tenantId, bookingId: booking.id, kind: "BALANCE", status: "FAILED", failureCode: { not: "authentication_required" } },
    orderBy: { createdAt: "asc" },
  });
  const plan = planAfterFailure(failure, declines.length, declines[0]?.updatedAt ?? now);
  await tx.booking.update({
    where: { tenantId_id: { tenantId: booking.tenantId, id: booking.id } },
    data: { balanceStatus: plan.status, nextChargeAt: plan.status === "RETRY_SCHEDULED" ? plan.nextChargeAt : null, updatedAt: now },
  });
  const payload = { tenantId: booking.tenantId, bookingId: booking.id };
  if (plan.status === "RETRY_SCHEDULED") await enqueue(tx, balanceChargeJobs.retry, payload, { startAfter: plan.nextChargeAt });
  for (const job of balanceChargeJobs.failed[plan.status]) await enqueue(tx, job, payload);
  return { result: "failed", status: plan.status, failure };
}
