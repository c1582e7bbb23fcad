import { db } from "@/lib/db/client";
import type { BookingStatus, PaymentRecord } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { briefCheckInSelect, toBriefCheckIn, type BriefCheckIn } from "@/lib/brief/get-session-brief";
import { listClientNotes, type ClientNote } from "@/lib/notes/list-session-notes";
import { summarizeLedger, type LedgerEntry } from "@/lib/payments/ledger";
import { describePreferences } from "@/lib/preferences/diff";
import { findClientProfile } from "@/lib/preferences/queries";
import { can, type StaffContext } from "@/lib/tenancy/guard";
import { now as clockNow } from "@/lib/time/clock";
import { findClientFigures, maySeeClientSpend, type ClientListRow } from "./list-clients";

// One client's page for staff: who they are, their figures as the list shows them, sessions to
// come and past ones, payments, their remembered preferences and health notes (staff only, as in
// the brief), their check-ins and the salon's treatment notes.
//
// The owner reads any client of the salon; a therapist a client with at least one booking with
// them, and then the client's whole history at the salon (as the brief shows every note and the
// last check-in, whoever the therapist was), but no money: amounts and payments are the owner's.
// Another salon's client, or a client the therapist never saw, is "not found".

const HISTORY_LIMIT = 100;
const UPCOMING_LIMIT = 50;
const PAYMENTS_LIMIT = 200;

const sessionSelect = {
  id: true,
  status: true,
  startsAt: true,
  serviceName: true,
  durationMinutes: true,
  priceCents: true,
  extrasMinor: true,
  currency: true,
  therapist: { select: { id: true, displayName: true } },
  location: { select: { timeZone: true } },
} as const;

export type ClientSession = {
  id: string;
  status: BookingStatus;
  startsAt: Date;
  serviceName: string;
  durationMinutes: number;
  therapistName: string;
  timeZone: string;
  currency: string;
  /** Price of the service plus extras; null when the caller may not see money. */
  priceMinor: number | null;
  /** Money collected on this booking (succeeded charges less refunds); null when the caller may not see money. */
  paidMinor: number | null;
  /** Whether the caller may open this booking's brief (the owner any, a therapist their own). */
  canOpen: boolean;
};

export type ClientPayment = {
  id: string;
  bookingId: string;
  serviceName: string;
  sessionStartsAt: Date;
  timeZone: string;
  record: PaymentRecord;
};

export type ClientProfilePage = {
  client: ClientListRow & { since: Date; hasAccount: boolean };
  upcoming: ClientSession[];
  history: ClientSession[];
  /** More past sessions than shown. */
  historyTruncated: boolean;
  /** Null when the caller may not see money. */
  payments: ClientPayment[] | null;
  preferences: { items: { label: string; value: string }[]; updatedAt: Date } | null;
  healthNotes: string | null;
  checkIns: BriefCheckIn[];
  notes: ClientNote[];
};

export async function getClientProfile(staff: StaffContext, clientId: string, options: { now?: Date } = {}): Promise<ClientProfilePage> {
  const now = options.now ?? clockNow();
  const figures = await findClientFigures(staff, clientId, { now });
  if (!figures) throw new AppError("NOT_FOUND", "Client not found");
  const { tenantId } = staff;
  const showMoney = maySeeClientSpend(staff);
  const prisma = await db();
  const active = { status: { in: ["PENDING" as const, "CONFIRMED" as const] }, startsAt: { gt: now } };
  const [client, upcoming, history, payments, profile, checkIns, notes] = await Promise.all([
    prisma.client.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: clientId } }, select: { createdAt: true, userId: true } }),
    prisma.booking.findMany({ where: { tenantId, clientId, ...active }, orderBy: { startsAt: "asc" }, take: UPCOMING_LIMIT, select: sessionSelect }),
    prisma.booking.findMany({
      where: { tenantId, clientId, NOT: active },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: HISTORY_LIMIT + 1,
      select: { ...sessionSelect, payments: showMoney ? { select: { id: true, kind: true, status: true, amountMinor: true, refundOfId: true } } : false },
    }),
    showMoney
      ? prisma.paymentRecord.findMany({
          where: { tenantId, booking: { clientId } },
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: PAYMENTS_LIMIT,
          include: { booking: { select: { id: true, serviceName: true, startsAt: true, location: { select: { timeZone: true } } } } },
        })
      : Promise.resolve(null),
    findClientProfile(tenantId, clientId),
    prisma.checkIn.findMany({ where: { tenantId, clientId }, orderBy: { createdAt: "desc" }, take: 50, select: briefCheckInSelect }),
    listClientNotes({ tenantId, clientId, take: 50 }),
  ]);
  const mayOpen = (therapistId: string) => can(staff, "bookings.read.all") || (staff.therapistId === therapistId && can(staff, "bookings.read.own"));
  const session = (b: (typeof upcoming)[number] & { payments?: LedgerEntry[] }): ClientSession => {
    const paid = b.payments ? summarizeLedger({ priceMinor: b.priceCents, extrasMinor: b.extrasMinor }, b.payments) : null;
    return {
      id: b.id,
      status: b.status,
      startsAt: b.startsAt,
      serviceName: b.serviceName,
      durationMinutes: b.durationMinutes,
      therapistName: b.therapist.displayName,
      timeZone: b.location.timeZone,
      currency: b.currency,
      priceMinor: showMoney ? b.priceCents + b.extrasMinor : null,
      paidMinor: paid ? paid.chargedMinor - paid.refundedMinor : null,
      canOpen: mayOpen(b.therapist.id),
    };
  };
  return {
    client: { ...figures, since: client.createdAt, hasAccount: client.userId !== null },
    upcoming: upcoming.map(session),
    history: history.slice(0, HISTORY_LIMIT).map(session),
    historyTruncated: history.length > HISTORY_LIMIT,
    payments:
      payments?.map(({ booking, ...record }) => ({ id: record.id, bookingId: booking.id, serviceName: booking.serviceName, sessionStartsAt: booking.startsAt, timeZone: booking.location.timeZone, record })) ?? null,
    preferences: profile ? { items: describePreferences(profile.preferences), updatedAt: profile.updatedAt } : null,
    healthNotes: profile?.healthNotes ?? null,
    checkIns: checkIns.map(toBriefCheckIn),
    notes,
  };
}
