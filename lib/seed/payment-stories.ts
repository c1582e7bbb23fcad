// The owner's payments list should not open empty in the demo: one recent session whose
// client raised a concern, one balance the card could not pay (owed after every retry), and
// one paid session disputed at the bank. Applied to the salon's rows after they are planned.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

type Rows = {
  bookings: Prisma.BookingCreateManyInput[];
  payments: Prisma.PaymentRecordCreateManyInput[];
  concerns: Prisma.ConcernCreateManyInput[];
  disputes: Prisma.DisputeCreateManyInput[];
};

const DAY_MS = 86_400_000;
const CONCERN = "The session started about 15 minutes late and the room was cold. I'd rather not pay the full price.";

const at = (value: Date | string | undefined | null) => new Date(value ?? 0).getTime();

export function addPaymentStories(rows: Rows, now: number): void {
  const completed = rows.bookings.filter((b) => b.status === "COMPLETED").sort((a, b) => at(b.startsAt) - at(a.startsAt));
  // The latest session (raised inside its review window, so nothing was charged after it).
  const latest = completed[0];
  if (latest) {
    const charged = takeBalanceRows(rows, latest);
    Object.assign(latest, { balanceStatus: "CONCERN", chargeAttempts: 0, tipMinor: charged.find((p) => p.kind === "TIP")?.amountMinor ?? latest.tipMinor ?? null });
    rows.concerns.push({ tenantId: latest.tenantId, bookingId: latest.id!, message: CONCERN, createdAt: new Date(at(latest.endsAt) + 2 * 3_600_000) });
  }
  const paid = completed.filter((b) => b.balanceStatus === "PAID" && at(b.startsAt) < now - 5 * DAY_MS);
  const owed = paid[0];
  if (owed) makeOwed(rows, owed);
  const disputed = paid.find((b) => b !== owed && rows.payments.some((p) => p.bookingId === b.id && p.kind === "BALANCE"));
  if (disputed) makeDisputed(rows, disputed, now);
}

/** Its balance and tip never went through: three declines, then owed. */
function makeOwed(rows: Rows, booking: Prisma.BookingCreateManyInput): void {
  const charged = takeBalanceRows(rows, booking);
  const balance = charged.find((p) => p.kind === "BALANCE")?.amountMinor ?? 0;
  const reviewEnded = at(booking.reviewEndsAt);
  [0, 1, 3].forEach((days, i) => {
    const when = new Date(reviewEnded + days * DAY_MS);
    rows.payments.push({
      tenantId: booking.tenantId, bookingId: booking.id!, kind: "BALANCE", status: "FAILED", amountMinor: balance, currency: booking.currency,
      attempt: i + 1, idempotencyKey: `charge:${booking.id}:${i + 1}`, failureCode: "insufficient_funds", failureMessage: "Your card has insufficient funds.",
      stripePaymentIntentId: `pi_demo_${randomUUID().replaceAll("-", "").slice(0, 20)}`, actor: "system", createdAt: when, updatedAt: when,
    });
  });
  Object.assign(booking, { balanceStatus: "OWED", chargeAttempts: 3, tipMinor: charged.find((p) => p.kind === "TIP")?.amountMinor ?? 0 });
}

/** Removes (and returns) the balance and tip charged after the session. */
function takeBalanceRows(rows: Rows, booking: Prisma.BookingCreateManyInput): Prisma.PaymentRecordCreateManyInput[] {
  const charged = rows.payments.filter((p) => p.bookingId === booking.id && (p.kind === "BALANCE" || p.kind === "TIP"));
  rows.payments = rows.payments.filter((p) => !charged.includes(p));
  return charged;
}

/** Paid, then disputed by the card holder: the dispute waits for the owner with its evidence. */
function makeDisputed(rows: Rows, booking: Prisma.BookingCreateManyInput, now: number): void {
  const charge = rows.payments.find((p) => p.bookingId === booking.id && p.kind === "BALANCE")!;
  const tip = rows.payments.find((p) => p.bookingId === booking.id && p.kind === "TIP");
  rows.disputes.push({
    tenantId: booking.tenantId, bookingId: booking.id!, stripeDisputeId: `dp_demo_${randomUUID().replaceAll("-", "").slice(0, 20)}`,
    stripeChargeId: null, amountMinor: charge.amountMinor + (tip?.amountMinor ?? 0), currency: booking.currency, reason: "fraudulent", status: "needs_response",
    evidence: {
      consent: (booking.consent ?? null) as Prisma.InputJsonValue,
      booking: { id: booking.id, service: booking.serviceName, client: booking.contactName, email: booking.contactEmail, startsAt: new Date(booking.startsAt).toISOString() },
      completedAt: booking.completedAt ? new Date(booking.completedAt).toISOString() : null,
      receipt: { currency: booking.currency, priceMinor: booking.priceCents, paidMinor: charge.amountMinor + (tip?.amountMinor ?? 0) },
      checkIn: null,
    },
    dueBy: new Date(now + 7 * DAY_MS), createdAt: new Date(now - 2 * DAY_MS), updatedAt: new Date(now - 2 * DAY_MS),
  });
}
