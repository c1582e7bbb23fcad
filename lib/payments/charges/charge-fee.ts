import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { ZPolicySnapshotSchema } from "@/lib/booking/policy";
import type { PaymentKind } from "@/lib/generated/prisma/client";
import type { PaymentMetadata } from "../checkout";
import { isStripeCardError, onSalonAccount, stripe, stripeId } from "../stripe";

export type FeeKind = Extract<PaymentKind, "LATE_CANCEL_FEE" | "NO_SHOW_FEE">;

/**
 * A late-cancellation or no-show fee from the booking's policy snapshot, off-session on the
 * saved card, once: the PENDING row and the key `fee:<booking>:<kind>` make a rerun resume it.
 * A refused card leaves the fee FAILED, in the owner's list of what is owed.
 */
export async function chargeFee({ tenantId, bookingId, kind }: { tenantId: string; bookingId: string; kind: FeeKind }): Promise<"charged" | "failed" | "none" | "already"> {
  const prisma = await db();
  const booking = await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: bookingId } }, include: { tenant: true } });
  const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
  const amountMinor = kind === "NO_SHOW_FEE" ? policy.noShowFeeMinor : policy.lateCancelFeeMinor;
  if (amountMinor <= 0 || !booking.stripePaymentMethodId) return "none";
  const idempotencyKey = `fee:${bookingId}:${kind}`;
  const record =
    (await prisma.paymentRecord.findUnique({ where: { tenantId_idempotencyKey_kind: { tenantId, idempotencyKey, kind } } })) ??
    (await prisma.paymentRecord.create({ data: { tenantId, bookingId, kind, status: "PENDING", amountMinor, currency: booking.currency, idempotencyKey, attempt: 1, actor: "system" } }).catch(async () =>
      prisma.paymentRecord.findUniqueOrThrow({ where: { tenantId_idempotencyKey_kind: { tenantId, idempotencyKey, kind } } }),
    ));
  if (record.status !== "PENDING") return "already";
  const metadata: PaymentMetadata = { tenant_id: tenantId, booking_id: bookingId, purpose: "fee", kind };
  const label = kind === "NO_SHOW_FEE" ? "No-show fee" : "Late cancellation fee";
  let update: { status: "SUCCEEDED" | "FAILED"; stripePaymentIntentId: string | null; stripeChargeId?: string | null; failureCode?: string | null; failureMessage?: string | null };
  try {
    const intent = await stripe().paymentIntents.create(
      {
        amount: record.amountMinor, currency: booking.currency.toLowerCase(),
        ...(booking.stripeCustomerId ? { customer: booking.stripeCustomerId } : {}),
        payment_method: booking.stripePaymentMethodId, off_session: true, confirm: true,
        description: `${label}: ${booking.serviceName} at ${booking.tenant.name}`, metadata,
      },
      onSalonAccount(booking.tenant, idempotencyKey),
    );
    update = intent.status === "succeeded"
      ? { status: "SUCCEEDED", stripePaymentIntentId: intent.id, stripeChargeId: stripeId(intent.latest_charge) }
      : { status: "FAILED", stripePaymentIntentId: intent.id, failureCode: intent.status, failureMessage: "The card needs the client to confirm" };
  } catch (error) {
    if (!isStripeCardError(error)) throw error;
    update = { status: "FAILED", stripePaymentIntentId: (error.payment_intent as Stripe.PaymentIntent | undefined)?.id ?? null, failureCode: error.decline_code ?? error.code ?? "card_declined", failureMessage: error.message };
  }
  await prisma.paymentRecord.updateMany({ where: { tenantId, id: record.id, status: "PENDING" }, data: { ...update, updatedAt: new Date() } });
  return update.status === "SUCCEEDED" ? "charged" : "failed";
}
