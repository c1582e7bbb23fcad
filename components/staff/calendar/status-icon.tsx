import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { AlertIcon, CheckIcon, ClockIcon, InfoIcon } from "@/components/ui/icons";

function CrossIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" className={className}>
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  );
}

/** A shape per status, so even a block too narrow for its word tells them apart without colour. */
export function StatusIcon({ status, className = "size-3.5 shrink-0" }: { status: BookingStatus; className?: string }) {
  switch (status) {
    case "CONFIRMED":
      return <ClockIcon className={className} />;
    case "PENDING":
      return <InfoIcon className={className} />;
    case "COMPLETED":
      return <CheckIcon className={className} />;
    case "NO_SHOW":
      return <AlertIcon className={className} />;
    case "CANCELLED":
      return <CrossIcon className={className} />;
  }
}
