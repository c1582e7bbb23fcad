import { AppError } from "@/lib/errors/app-error";
import type { BookingStatus } from "@/lib/generated/prisma/enums";

// The booking state machine. PENDING waits for the deposit (added with payments);
// CONFIRMED holds the slot; the other three are final.
const TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  PENDING: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["CANCELLED", "COMPLETED", "NO_SHOW"],
  CANCELLED: [],
  COMPLETED: [],
  NO_SHOW: [],
};

/** Statuses that occupy the therapist's time; the exclusion constraint uses the same list. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ["PENDING", "CONFIRMED"];

export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: BookingStatus, to: BookingStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError("CONFLICT", `A ${label(from)} booking cannot become ${label(to)}`);
  }
}

export function isActive(status: BookingStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

export function label(status: BookingStatus): string {
  return status === "NO_SHOW" ? "no-show" : status.toLowerCase();
}
