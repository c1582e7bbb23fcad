import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { now as clockNow } from "@/lib/time/clock";
import { strandedByHours, strandedByTimeOff, ZWeeklyHoursSchema } from "./weekly-hours";

// Changing when a therapist works. Public availability reads the rules on every search, so a
// change shows at once. A change that would leave confirmed bookings outside working time is
// refused until the caller decides: keep those bookings (the therapist honours them), or cancel
// them (the salon cancels: deposits refunded in full, clients emailed).

export type StrandedDecision = "refuse" | "keep" | "cancel";
export type StrandedBooking = { id: string; startsAt: Date; endsAt: Date; contactName: string; serviceName: string };

export class StrandedBookingsError extends AppError {
  constructor(readonly bookings: StrandedBooking[]) {
    super("CONFLICT", `${bookings.length} booked ${bookings.length === 1 ? "session falls" : "sessions fall"} outside the new hours. Choose whether to keep or cancel ${bookings.length === 1 ? "it" : "them"}.`);
  }
}

async function upcomingSessions(tenantId: string, therapistId: string, now: Date): Promise<StrandedBooking[]> {
  const prisma = await db();
  return prisma.booking.findMany({
    where: { tenantId, therapistId, status: { in: ["CONFIRMED", "PENDING"] }, startsAt: { gt: now } },
    select: { id: true, startsAt: true, endsAt: true, contactName: true, serviceName: true },
    orderBy: { startsAt: "asc" },
  });
}

async function settle(tenantId: string, stranded: StrandedBooking[], decision: StrandedDecision, actor: string, now: Date): Promise<void> {
  if (stranded.length === 0 || decision === "keep") return;
  if (decision === "refuse") throw new StrandedBookingsError(stranded);
  for (const booking of stranded) {
    await cancelBooking({ tenantId, bookingId: booking.id, actor, reason: "The therapist is no longer available at this time", now, bySalon: true });
  }
}

async function therapistContext(tenantId: string, therapistId: string) {
  const prisma = await db();
  const therapist = await prisma.therapistProfile.findUnique({ where: { tenantId_id: { tenantId, id: therapistId } }, select: { id: true, tenant: { select: { timeZone: true } } } });
  if (!therapist) throw new AppError("NOT_FOUND", "Therapist not found");
  const location = await prisma.location.findFirst({ where: { tenantId }, orderBy: { createdAt: "asc" }, select: { id: true, timeZone: true } });
  if (!location) throw new AppError("NOT_FOUND", "This salon has no location yet");
  return { location };
}

/** Replaces the therapist's weekly hours at the salon's location. */
export async function setWeeklyHours({ tenantId, therapistId, blocks, decision = "refuse", actor, now = clockNow() }: { tenantId: string; therapistId: string; blocks: unknown; decision?: StrandedDecision; actor: string; now?: Date }) {
  const week = parseOrThrow(ZWeeklyHoursSchema, blocks, "Please check the hours");
  const { location } = await therapistContext(tenantId, therapistId);
  const stranded = strandedByHours(await upcomingSessions(tenantId, therapistId, now), week, location.timeZone);
  await settle(tenantId, stranded, decision, actor, now);
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    await tx.availabilityRule.deleteMany({ where: { tenantId, therapistId } });
    await tx.availabilityRule.createMany({ data: week.map((b) => ({ tenantId, therapistId, locationId: location.id, ...b })) });
  });
  return { kept: decision === "keep" ? stranded : [], cancelled: decision === "cancel" ? stranded : [] };
}

export async function addTimeOff({ tenantId, therapistId, startsAt, endsAt, reason, decision = "refuse", actor, now = clockNow() }: { tenantId: string; therapistId: string; startsAt: Date; endsAt: Date; reason?: string; decision?: StrandedDecision; actor: string; now?: Date }) {
  if (!(startsAt < endsAt)) throw new AppError("VALIDATION", "Time off must end after it starts", { endsAt: ["Must be after the start"] });
  if (endsAt <= now) throw new AppError("VALIDATION", "Time off must be in the future", { endsAt: ["Must be in the future"] });
  await therapistContext(tenantId, therapistId);
  const stranded = strandedByTimeOff(await upcomingSessions(tenantId, therapistId, now), { startsAt, endsAt });
  await settle(tenantId, stranded, decision, actor, now);
  const prisma = await db();
  const off = await prisma.timeOff.create({ data: { tenantId, therapistId, startsAt, endsAt, reason: reason || null } });
  return { timeOff: off, kept: decision === "keep" ? stranded : [], cancelled: decision === "cancel" ? stranded : [] };
}

export async function removeTimeOff({ tenantId, therapistId, timeOffId }: { tenantId: string; therapistId: string; timeOffId: string }): Promise<void> {
  const prisma = await db();
  const { count } = await prisma.timeOff.deleteMany({ where: { tenantId, therapistId, id: timeOffId } });
  if (count === 0) throw new AppError("NOT_FOUND", "Time off not found");
}

export async function getHours(tenantId: string, therapistId: string, now = clockNow()) {
  const prisma = await db();
  const [rules, timeOff] = await Promise.all([
    prisma.availabilityRule.findMany({ where: { tenantId, therapistId }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }], select: { weekday: true, startMinute: true, endMinute: true } }),
    prisma.timeOff.findMany({ where: { tenantId, therapistId, endsAt: { gt: now } }, orderBy: { startsAt: "asc" } }),
  ]);
  return { rules, timeOff };
}
