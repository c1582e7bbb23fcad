import type { BookingStatus } from "@/lib/generated/prisma/enums";

// Each status by colour, border style and its word, so it reads without colour too.
export const CALENDAR_STATUS: Record<BookingStatus, { label: string; block: string; swatch: string; edge: string }> = {
  CONFIRMED: { label: "Confirmed", block: "border-brand-600 bg-brand-50 text-brand-900", swatch: "border-brand-600 bg-brand-50", edge: "border-brand-600" },
  PENDING: { label: "Awaiting deposit", block: "border-dashed border-amber-500 bg-amber-50 text-amber-950", swatch: "border-dashed border-amber-500 bg-amber-50", edge: "border-dashed border-amber-500" },
  COMPLETED: { label: "Completed", block: "border-sky-600 bg-sky-50 text-sky-950", swatch: "border-sky-600 bg-sky-50", edge: "border-sky-600" },
  NO_SHOW: { label: "No-show", block: "border-rose-600 bg-rose-50 text-rose-950", swatch: "border-rose-600 bg-rose-50", edge: "border-rose-600" },
  CANCELLED: { label: "Cancelled", block: "border-dotted border-stone-400 bg-stone-50 text-stone-600", swatch: "border-dotted border-stone-400 bg-stone-50", edge: "border-dotted border-stone-400" },
};

export const STATUS_ORDER: BookingStatus[] = ["CONFIRMED", "PENDING", "COMPLETED", "NO_SHOW", "CANCELLED"];

/** Time off: amber hatching. Not working: grey. Working hours: white. */
export const TIME_OFF_CLASS = "bg-[repeating-linear-gradient(135deg,var(--color-amber-100)_0_6px,var(--color-amber-50)_6px_12px)]";
