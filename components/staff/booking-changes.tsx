import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { mayMoveBooking, type Mover } from "@/lib/booking/reschedule-rules";
import { formatDateTime } from "@/lib/format/format";
import { staffPath } from "@/lib/tenancy/staff-page";

type Props = {
  salon: string;
  booking: { id: string; status: BookingStatus; startsAt: Date; therapistId: string; noticeHours: number; holdExpiresAt: Date | null; contactEmail: string };
  mover: Mover;
  fmt: { timeZone: string; locale: string };
  now: Date;
  /** Just booked by phone, or just moved (the page the action landed on). */
  notice: "booked" | "moved" | null;
};

/** On the brief: what just happened, a hold waiting for the client's deposit, and "Move" while staff may move it. */
export function BookingChanges({ salon, booking, mover, fmt, now, notice }: Props) {
  const movable = mayMoveBooking(booking, mover, now).allowed;
  const holdUntil = booking.status === "PENDING" && booking.holdExpiresAt && booking.holdExpiresAt > now ? formatDateTime(booking.holdExpiresAt, fmt.timeZone, fmt.locale) : null;
  if (!notice && !holdUntil && !movable) return null;
  return (
    <div className="space-y-3">
      {notice === "booked" && (
        <Alert tone="success" title="Time held for the client" testId="booked-by-phone">
          We emailed {booking.contactEmail} a link to pay the deposit and save their card. The booking is confirmed when they do.
        </Alert>
      )}
      {notice === "moved" && (
        <Alert tone="success" title="Booking moved" testId="moved-by-staff">
          The client and the therapists concerned have been emailed the new time; the reminder follows it.
        </Alert>
      )}
      {holdUntil && (
        <p data-testid="hold-until" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          Waiting for the client&apos;s deposit until <strong>{holdUntil}</strong>. If it is not paid by then, the time is released.
        </p>
      )}
      {movable && (
        <LinkButton href={staffPath(salon, "bookings", booking.id, "move")} variant="secondary">
          Move to another time{mover.kind === "staff" && mover.all ? " or therapist" : ""}
        </LinkButton>
      )}
    </div>
  );
}
