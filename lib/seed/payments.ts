// The money side of the demo history: every booking's deposit, and for past sessions the balance,
// tips, refunds and fees its policy implies, so receipts, the owner's lists and (later) the
// dashboard have believable figures. Seeded cards use Stripe's documented test payment method
// (`pm_card_visa`), which Stripe and the local emulator both accept for later charges.
import { randomUUID } from "node:crypto";
import { consentText, isFreeCancellation, type TPolicySnapshot } from "@/lib/booking/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { percentOf } from "@/lib/payments/money";
import type { Rng } from "./random";

export const SEEDED_PAYMENT_METHOD = "pm_card_visa";
const HOUR_MS = 3_600_000;
const TIP_BASIS_POINTS = [0, 1500, 1500, 1800, 1800, 1800, 2000, 2000, 2500];

type SeedBooking = Prisma.BookingCreateManyInput & { id: string; startsAt: Date; endsAt: Date; createdAt: Date; priceCents: number; currency: string };

export type SeededPayments = { booking: Partial<Prisma.BookingCreateManyInput>; records: Prisma.PaymentRecordCreateManyInput[] };

/** The payment fields and ledger rows of one seeded booking, as the app would have left them by `now`. */
export function seedPayments(rng: Rng, booking: SeedBooking, policy: TPolicySnapshot, now: number): SeededPayments {
  const records: Prisma.PaymentRecordCreateManyInput[] = [];
  const base = { tenantId: booking.tenantId, bookingId: booking.id, currency: booking.currency, actor: "seed" };
  const pi = () => `pi_demo_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  const charge = (kind: Prisma.PaymentRecordCreateManyInput["kind"], amountMinor: number, at: Date, paymentIntent = pi()) => {
    const id = randomUUID();
    if (amountMinor > 0) records.push({ ...base, id, kind, status: "SUCCEEDED", amountMinor, stripePaymentIntentId: paymentIntent, createdAt: at, updatedAt: at });
    return id;
  };

  const depositMinor = policy.depositMinor;
  const depositId = charge("DEPOSIT", depositMinor, booking.createdAt);
  const fields: Partial<Prisma.BookingCreateManyInput> = {
    depositMinor,
    stripePaymentMethodId: SEEDED_PAYMENT_METHOD,
    consent: { at: booking.createdAt.toISOString(), ipAddress: "203.0.113.24", userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)", text: consentText(policy) },
  };

  if (booking.status === "COMPLETED") {
    const completedAt = booking.endsAt;
    const reviewEndsAt = new Date(completedAt.getTime() + policy.reviewWindowHours * HOUR_MS);
    const tipMinor = percentOf(booking.priceCents, rng.pick(TIP_BASIS_POINTS));
    Object.assign(fields, { completedAt, reviewEndsAt, tipMinor });
    if (reviewEndsAt.getTime() > now) return { booking: { ...fields, balanceStatus: "IN_REVIEW", tipMinor: null }, records };
    const paidAt = rng.chance(0.3) ? new Date(completedAt.getTime() + rng.int(1, 6) * HOUR_MS) : reviewEndsAt;
    const paymentIntent = pi();
    charge("BALANCE", booking.priceCents - depositMinor, paidAt, paymentIntent);
    charge("TIP", tipMinor, paidAt, paymentIntent);
    return { booking: { ...fields, balanceStatus: "PAID", chargeAttempts: 1 }, records };
  }
  if (booking.status === "CANCELLED" && booking.cancelledAt) {
    const cancelledAt = new Date(booking.cancelledAt);
    if (isFreeCancellation(booking.startsAt, policy.cancellationNoticeHours, cancelledAt)) {
      if (depositMinor > 0) records.push({ ...base, kind: "REFUND", status: "SUCCEEDED", amountMinor: depositMinor, refundOfId: depositId, stripeRefundId: `re_demo_${randomUUID().slice(0, 18)}`, createdAt: cancelledAt, updatedAt: cancelledAt });
    } else {
      charge("LATE_CANCEL_FEE", policy.lateCancelFeeMinor, cancelledAt);
    }
  }
  if (booking.status === "NO_SHOW") charge("NO_SHOW_FEE", policy.noShowFeeMinor, new Date(booking.startsAt.getTime() + HOUR_MS));
  return { booking: fields, records };
}
