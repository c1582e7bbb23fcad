import type { Slot } from "@/lib/availability";
import { instantToLocalParts } from "@/lib/availability/time-zone";
import { isSupportedInstant } from "@/lib/validation/dates";
import { findSlots, loadServiceContext, type ServiceContext } from "./find-slots";

export type StartCheck =
  | ({ status: "ok"; slot: Slot } & Awaited<ReturnType<typeof findSlots>>)
  | { status: "taken" } // bookable in principle, but someone holds it now
  | { status: "gone" }; // not an offered time at all (past, out of hours, off the grid…)

/** Whether `start` can be booked now, searching only its own local day. */
export async function checkStart({ context: given, ...args }: { tenantId: string; serviceId: string; therapistId: string; start: number; now: Date; exceptBookingId?: string; context?: ServiceContext }): Promise<StartCheck> {
  // No salon offers times outside the supported years, and its day could not be computed.
  if (!isSupportedInstant(args.start)) return { status: "gone" };
  const context = given ?? (await loadServiceContext(args.tenantId, args.serviceId));
  const date = instantToLocalParts(args.start, context.location.timeZone).date;
  const search = { ...args, fromDate: date, toDate: date };
  const found = await findSlots(search, context);
  const slot = found.slots.find((s) => s.start === args.start);
  if (slot) return { status: "ok", slot, ...found };
  const ignoringBookings = await findSlots({ ...search, ignoreBookings: true }, context);
  return ignoringBookings.slots.some((s) => s.start === args.start) ? { status: "taken" } : { status: "gone" };
}
