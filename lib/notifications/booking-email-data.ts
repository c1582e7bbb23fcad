import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formatDateTime, formatMoney, zoneAbbreviation } from "@/lib/format/format";
import { manageToken, manageUrl, receiptHref } from "@/lib/booking/manage-token";
import { visitAddressLine } from "@/lib/booking/visit-address";
import { summarizeLedger, type LedgerEntry } from "@/lib/payments/ledger";
import { ZPolicySnapshotSchema } from "@/lib/booking/policy";
import type { EmailSalon } from "./salon-layout";

// What every booking email shows, read once from the booking (its own contact details, never
// the client record) and formatted in the location's zone and the salon's locale. No notes: they
// may hold health data.

export type BookingEmailData = {
  salon: EmailSalon;
  salonUrl: string;
  /** The salon's locale (BCP 47), for anything an email formats beyond these fields. */
  locale: string;
  client: { name: string; email: string };
  therapist: { name: string; email: string | null };
  serviceName: string;
  durationMinutes: number;
  when: string;
  where: string;
  price: string;
  policySummary: string;
  /** The policy in plain words as the client agreed to it (empty for bookings made before payments). */
  policyTerms: string[];
  manageUrl: string;
  staffUrl: string;
  lateCancellation: boolean;
  receiptUrl: string;
  /** The one-minute check-in after the session (the receipt link's token opens it). */
  checkInUrl: string;
  /** Where the client states this booking's preferences (the manage link's token). */
  preferencesUrl: string;
  /** For "add to calendar": the session as an event. */
  calendar: { uid: string; startsAt: Date; endsAt: Date; title: string; location: string; timeZone: string };
  payment: {
    deposit: string;
    extras: { description: string; amount: string }[];
    tip: string | null;
    balanceDue: string;
    paid: string;
    refunded: string;
    fees: string;
    /** Taken off by the owner (discount or waiver), when anything was. */
    reduced: string | null;
    /** When the saved card is charged, if that is still to come. */
    chargeAt: string | null;
    nextRetryAt: string | null;
    concern: { message: string; decision: string | null; note: string | null } | null;
  };
};

export async function loadBookingEmailData(tenantId: string, bookingId: string): Promise<BookingEmailData | null> {
  const prisma = await db();
  const booking = await prisma.booking.findFirst({
    where: { tenantId, id: bookingId },
    include: {
      tenant: { select: { slug: true, name: true, phone: true, locale: true } },
      location: true,
      service: { select: { locationType: true } },
      therapist: { select: { displayName: true, userId: true } },
      events: { where: { toStatus: "CANCELLED" }, select: { note: true }, take: 1 },
      extras: { orderBy: { createdAt: "asc" } },
      payments: true,
      concern: true,
    },
  });
  if (!booking) return null;
  const therapistUser = await prisma.user.findUnique({ where: { id: booking.therapist.userId }, select: { email: true } });
  const { location, tenant } = booking;
  const tz = location.timeZone;
  const { locale } = tenant;
  const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
  const address = [location.addressLine1, location.addressLine2, `${location.city} ${location.postalCode}`].filter(Boolean).join(", ");
  const { APP_URL } = env();
  return {
    salon: { name: tenant.name, address, phone: tenant.phone },
    salonUrl: `${APP_URL}/s/${tenant.slug}`,
    locale,
    client: { name: booking.contactName, email: booking.contactEmail },
    therapist: { name: booking.therapist.displayName, email: therapistUser?.email ?? null },
    serviceName: booking.serviceName,
    durationMinutes: booking.durationMinutes,
    when: `${formatDateTime(booking.startsAt, tz, locale)} (${zoneAbbreviation(booking.startsAt, tz, locale)})`,
    where: booking.service.locationType === "MOBILE" ? `At the client's address (mobile session)${visitAddressLine(booking.visitAddress) ? `: ${visitAddressLine(booking.visitAddress)}` : ""}` : `${location.name}, ${address}`,
    price: formatMoney(booking.priceCents, booking.currency, locale),
    policySummary: policy.summary,
    policyTerms: policy.terms,
    manageUrl: manageUrl(APP_URL, tenant.slug, tenantId, booking.id),
    staffUrl: `${APP_URL}/staff/${tenant.slug}/bookings/${booking.id}`,
    lateCancellation: booking.events[0]?.note === "late cancellation",
    receiptUrl: `${APP_URL}${receiptHref(tenant.slug, tenantId, booking.id)}`,
    checkInUrl: `${APP_URL}${receiptHref(tenant.slug, tenantId, booking.id).replace("/receipt?", "/check-in?")}`,
    preferencesUrl: `${APP_URL}/s/${tenant.slug}/bookings/${booking.id}/preferences?${new URLSearchParams({ token: manageToken(tenantId, booking.id) })}`,
    calendar: {
      uid: `${booking.id}@stillwater`,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      title: `${booking.serviceName} at ${tenant.name}`,
      location: booking.service.locationType === "MOBILE" ? (visitAddressLine(booking.visitAddress) ?? "Your address") : `${location.name}, ${address}`,
      timeZone: tz,
    },
    payment: paymentSection(booking, tz, locale),
  };
}

type BookingWithMoney = {
  priceCents: number; extrasMinor: number; depositMinor: number; currency: string; tipMinor: number | null;
  reviewEndsAt: Date | null; nextChargeAt: Date | null; balanceStatus: string;
  extras: { description: string; amountMinor: number }[];
  payments: LedgerEntry[];
  concern: { message: string; decision: string | null; decisionNote: string | null } | null;
};

function paymentSection(booking: BookingWithMoney, tz: string, locale: string): BookingEmailData["payment"] {
  const money = (minor: number) => formatMoney(minor, booking.currency, locale);
  const summary = summarizeLedger({ priceMinor: booking.priceCents, extrasMinor: booking.extrasMinor }, booking.payments);
  const when = (instant: Date | null) => (instant ? `${formatDateTime(instant, tz, locale)} (${zoneAbbreviation(instant, tz, locale)})` : null);
  const tip = summary.tipsMinor > 0 ? summary.tipsMinor : booking.tipMinor;
  return {
    deposit: money(booking.depositMinor),
    extras: booking.extras.map((e) => ({ description: e.description, amount: money(e.amountMinor) })),
    tip: tip ? money(tip) : null,
    balanceDue: money(summary.balanceDueMinor),
    paid: money(summary.chargedMinor - summary.refundedMinor),
    refunded: money(summary.refundedMinor),
    fees: money(summary.feesMinor),
    reduced: summary.reducedMinor > 0 ? money(summary.reducedMinor) : null,
    chargeAt: booking.balanceStatus === "IN_REVIEW" ? when(booking.reviewEndsAt) : null,
    nextRetryAt: booking.balanceStatus === "RETRY_SCHEDULED" ? when(booking.nextChargeAt) : null,
    concern: booking.concern ? { message: booking.concern.message, decision: booking.concern.decision, note: booking.concern.decisionNote } : null,
  };
}
