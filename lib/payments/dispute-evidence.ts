import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { ZPolicySnapshotSchema } from "@/lib/booking/policy";
import { summarizeLedger } from "./ledger";

/**
 * What the salon can show the bank: the client's recorded consent to later charges (time,
 * address, browser, the exact words), the booking, when the session was marked completed, and
 * the receipt's figures. No treatment or health notes.
 */
export async function assembleDisputeEvidence(tenantId: string, bookingId: string): Promise<Prisma.InputJsonValue> {
  const booking = await (await db()).booking.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id: bookingId } },
    include: { payments: { orderBy: { createdAt: "asc" } }, extras: true, events: { orderBy: { createdAt: "asc" } }, therapist: { select: { displayName: true } } },
  });
  const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
  const summary = summarizeLedger({ priceMinor: booking.priceCents, extrasMinor: booking.extrasMinor }, booking.payments);
  return {
    consent: (booking.consent ?? null) as Prisma.InputJsonValue,
    policyTerms: policy.terms,
    booking: {
      id: booking.id, service: booking.serviceName, therapist: booking.therapist.displayName, client: booking.contactName, email: booking.contactEmail,
      startsAt: booking.startsAt.toISOString(), endsAt: booking.endsAt.toISOString(), bookedAt: booking.createdAt.toISOString(), status: booking.status,
    },
    completedAt: booking.completedAt?.toISOString() ?? null,
    history: booking.events.map((e) => ({ at: e.createdAt.toISOString(), from: e.fromStatus, to: e.toStatus, by: e.actor })),
    receipt: {
      currency: booking.currency, priceMinor: booking.priceCents,
      extras: booking.extras.map((e) => ({ description: e.description, amountMinor: e.amountMinor })),
      paidMinor: summary.chargedMinor, refundedMinor: summary.refundedMinor, tipsMinor: summary.tipsMinor,
      payments: booking.payments.map((p) => ({ kind: p.kind, status: p.status, amountMinor: p.amountMinor, at: p.createdAt.toISOString(), stripe: p.stripePaymentIntentId })),
    },
    // The check-in arrives with the preferences issue; until then there is none to show.
    checkIn: null,
  };
}
