import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { BookingStatus } from "@/lib/generated/prisma/enums";

const LOOK: Record<BookingStatus, { tone: BadgeTone; text: string }> = {
  PENDING: { tone: "warning", text: "Pending" },
  CONFIRMED: { tone: "success", text: "Confirmed" },
  CANCELLED: { tone: "neutral", text: "Cancelled" },
  COMPLETED: { tone: "info", text: "Completed" },
  NO_SHOW: { tone: "danger", text: "Missed" },
};

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { tone, text } = LOOK[status];
  return (
    <span data-testid="booking-status">
      <Badge tone={tone} className="text-sm">
        {text}
      </Badge>
    </span>
  );
}
