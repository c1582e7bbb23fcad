import type { AppErrorCode } from "@/lib/errors/app-error";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { isFreeCancellation } from "./policy";

// Who may move a booking, and until when. A client (holder of the manage link) may move it only
// while they could still cancel it for free: moving is cancelling and rebooking without the
// money, so it must not become a way round the salon's notice. Staff may move it until the
// session starts: a therapist their own bookings (to themselves), the owner any booking to
// anyone. Pure, so the manage page can say in advance what the action will decide.

export type Mover =
  | { kind: "client" }
  /** `all`: may move any booking of the salon to any therapist (bookings.update.all). */
  | { kind: "staff"; userId: string; therapistId: string | null; all: boolean };

export type MoveRuling = { allowed: true } | { allowed: false; code: AppErrorCode; reason: string };

type MovableBooking = { status: BookingStatus; startsAt: Date; therapistId: string; noticeHours: number };

function hoursInWords(hours: number): string {
  return hours % 24 === 0 && hours > 0 ? `${hours / 24} day${hours === 24 ? "" : "s"}` : `${hours} hour${hours === 1 ? "" : "s"}`;
}

export function mayMoveBooking(booking: MovableBooking, mover: Mover, now: Date): MoveRuling {
  if (mover.kind === "staff" && !mover.all && booking.therapistId !== mover.therapistId) {
    // Like every staff read: another therapist's booking is simply not there for them.
    return { allowed: false, code: "NOT_FOUND", reason: "Booking not found" };
  }
  if (booking.status === "PENDING") return { allowed: false, code: "CONFLICT", reason: "This booking is not confirmed yet: its deposit has not been paid." };
  if (booking.status !== "CONFIRMED") return { allowed: false, code: "CONFLICT", reason: `A ${booking.status === "NO_SHOW" ? "missed" : booking.status.toLowerCase()} booking cannot be moved.` };
  if (booking.startsAt <= now) return { allowed: false, code: "CONFLICT", reason: "This session has already started, so it can no longer be moved." };
  if (mover.kind === "client" && !isFreeCancellation(booking.startsAt, booking.noticeHours, now)) {
    return {
      allowed: false,
      code: "CONFLICT",
      reason: `Online changes close ${hoursInWords(booking.noticeHours)} before your appointment, so this booking can no longer be moved here. Please contact the salon if you need another time.`,
    };
  }
  return { allowed: true };
}

/** Which therapist a move may go to: a therapist without `all` only to themselves. */
export function mayMoveTo(mover: Mover, therapistId: string | "any", currentTherapistId: string): MoveRuling {
  if (mover.kind === "client" || mover.all) return { allowed: true };
  if (therapistId === currentTherapistId) return { allowed: true };
  return { allowed: false, code: "FORBIDDEN", reason: "Only the owner can move a booking to another therapist." };
}
