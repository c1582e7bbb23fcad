import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getStaffBooking } from "@/lib/booking/staff-queries";
import { ZVisitAddressSchema, type TVisitAddress } from "@/lib/booking/visit-address";
import { CHANGE_LABELS, GOAL_REACHED_LABELS, type Change } from "@/lib/checkins/schema";
import { listClientNotes } from "@/lib/notes/list-session-notes";
import { describePreferences, diffPreferences } from "@/lib/preferences/diff";
import { findBookingPreferences, findClientProfile, findPreviousSessionPreferences } from "@/lib/preferences/queries";
import type { StaffContext } from "@/lib/tenancy/guard";

// The therapist's brief of one session, read at a glance before it: who, what, where, what the
// client wants and what changed, how the last session felt to them, and the salon's notes. Health
// notes are in it: the brief is a staff page, and nothing here goes to an email, feed or log.

export type BriefCheckIn = {
  bookingId: string;
  sessionStartsAt: Date;
  serviceName: string;
  therapistName: string;
  satisfaction: number;
  goalReached: string;
  /** "Firmer pressure", … with whether the client asked to keep it for next time. */
  changes: { label: string; kept: boolean }[];
  wishes: string | null;
  createdAt: Date;
};

export type SessionBrief = Awaited<ReturnType<typeof getSessionBrief>>;

export async function getSessionBrief(ctx: StaffContext, bookingId: string) {
  // Tenancy and "own sessions only" for therapists are getStaffBooking's: it throws NOT_FOUND.
  const booking = await getStaffBooking(ctx, bookingId);
  const { tenantId } = ctx;
  const { clientId, startsAt } = booking;
  const prisma = await db();
  const [stated, previous, visitsBefore, lastCheckIn, thisCheckIn, notes] = await Promise.all([
    findBookingPreferences(tenantId, booking.id),
    findPreviousSessionPreferences(tenantId, clientId, startsAt),
    prisma.booking.count({ where: { tenantId, clientId, status: "COMPLETED", startsAt: { lt: startsAt } } }),
    findCheckIn(tenantId, { clientId, booking: { startsAt: { lt: startsAt } } }),
    findCheckIn(tenantId, { bookingId: booking.id }),
    listClientNotes({ tenantId, clientId, upTo: startsAt }),
  ]);
  // Nothing stated for this session: what the client told the salon they usually like.
  const usual = stated ? null : await findClientProfile(tenantId, clientId);
  const preferences = stated ?? usual;
  return {
    booking,
    client: { name: booking.client.name, phone: booking.client.phone, email: booking.client.email, visitsBefore },
    where: whereOf(booking),
    preferences: preferences && { items: describePreferences(preferences.preferences), source: stated ? ("booking" as const) : ("profile" as const), updatedAt: preferences.updatedAt },
    healthNotes: preferences?.healthNotes ?? null,
    changes: stated && previous ? { since: previous.startsAt, list: diffPreferences(previous.preferences, stated.preferences) } : null,
    lastCheckIn,
    thisCheckIn,
    notes,
  };
}

type Where = { kind: "studio"; name: string; address: string } | { kind: "mobile"; address: TVisitAddress | null };

function whereOf(booking: { service: { locationType: string }; visitAddress: unknown; location: { name: string; addressLine1: string; addressLine2: string | null; city: string; postalCode: string } }): Where {
  if (booking.service.locationType === "MOBILE") {
    const parsed = ZVisitAddressSchema.safeParse(booking.visitAddress);
    return { kind: "mobile", address: parsed.success ? parsed.data : null };
  }
  const l = booking.location;
  return { kind: "studio", name: l.name, address: [l.addressLine1, l.addressLine2, `${l.city} ${l.postalCode}`].filter(Boolean).join(", ") };
}

/** What a check-in row needs to be shown as the brief shows it (the client page lists them the same way). */
export const briefCheckInSelect = {
  bookingId: true,
  satisfaction: true,
  goalReached: true,
  changes: true,
  appliedChanges: true,
  wishes: true,
  createdAt: true,
  booking: { select: { startsAt: true, serviceName: true } },
  therapist: { select: { displayName: true } },
} as const;

type CheckInRow = Prisma.CheckInGetPayload<{ select: typeof briefCheckInSelect }>;

export function toBriefCheckIn(row: CheckInRow): BriefCheckIn {
  return {
    bookingId: row.bookingId,
    sessionStartsAt: row.booking.startsAt,
    serviceName: row.booking.serviceName,
    therapistName: row.therapist.displayName,
    satisfaction: row.satisfaction,
    goalReached: GOAL_REACHED_LABELS[row.goalReached],
    changes: row.changes.map((c) => ({ label: CHANGE_LABELS[c as Change] ?? c, kept: row.appliedChanges.includes(c) })),
    wishes: row.wishes,
    createdAt: row.createdAt,
  };
}

async function findCheckIn(tenantId: string, where: { clientId: string; booking: { startsAt: { lt: Date } } } | { bookingId: string }): Promise<BriefCheckIn | null> {
  const prisma = await db();
  const row = await prisma.checkIn.findFirst({ where: { tenantId, ...where }, orderBy: { createdAt: "desc" }, select: briefCheckInSelect });
  return row ? toBriefCheckIn(row) : null;
}
