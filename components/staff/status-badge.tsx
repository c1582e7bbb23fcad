import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { label } from "@/lib/booking/status";

const STYLES: Record<BookingStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  CONFIRMED: "bg-brand-100 text-brand-900",
  CANCELLED: "bg-stone-200 text-stone-700",
  COMPLETED: "bg-sky-100 text-sky-900",
  NO_SHOW: "bg-rose-100 text-rose-900",
};

export function StatusBadge({ status }: { status: BookingStatus }) {
  return <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold capitalize ${STYLES[status]}`}>{label(status)}</span>;
}
