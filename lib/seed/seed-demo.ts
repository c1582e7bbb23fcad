// The demo salons: Serenity Spa (New York) and Harbor Massage (London), with staff,
// services, weekly hours, time off, a client book and ~13 months of booking history.
// Deterministic for a given `now` (seeded PRNG); prints nothing, the caller does.
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildSalon, type SalonRows } from "./build-salon";
import { HARBOR } from "./salon-harbor";
import { SERENITY } from "./salon-serenity";
import type { SalonSpec } from "./types";

export const DEMO_PASSWORD = "demo-password";

const SALONS: SalonSpec[] = [SERENITY, HARBOR];

export const DEMO_ACCOUNTS: { email: string; role: "OWNER" | "THERAPIST"; salon: string }[] = SALONS.flatMap((salon) => [
  { email: salon.owner.email, role: "OWNER" as const, salon: salon.tenant.name },
  ...salon.therapists.map((t) => ({ email: t.email, role: "THERAPIST" as const, salon: salon.tenant.name })),
]);

export type SeedSummary = { tenants: number; therapists: number; clients: number; bookings: number };

const BATCH = 500;

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

async function insertSalon(tx: Tx, rows: SalonRows): Promise<void> {
  await tx.tenant.create({ data: rows.tenant });
  await tx.location.createMany({ data: [rows.location] });
  await tx.user.createMany({ data: rows.users });
  await tx.membership.createMany({ data: rows.memberships });
  await tx.therapistProfile.createMany({ data: rows.therapists });
  await tx.service.createMany({ data: rows.services });
  await tx.serviceTherapist.createMany({ data: rows.serviceTherapists });
  await tx.availabilityRule.createMany({ data: rows.rules });
  await tx.timeOff.createMany({ data: rows.timeOff });
  await inBatches(rows.clients, (data) => tx.client.createMany({ data }));
  await inBatches(rows.bookings, (data) => tx.booking.createMany({ data }));
  await inBatches(rows.events, (data) => tx.bookingEvent.createMany({ data }));
  await inBatches(rows.payments, (data) => tx.paymentRecord.createMany({ data }));
  await tx.concern.createMany({ data: rows.concerns });
  await tx.dispute.createMany({ data: rows.disputes });
  await inBatches(rows.listening.profiles, (data) => tx.clientProfile.createMany({ data }));
  await inBatches(rows.listening.preferences, (data) => tx.bookingPreferences.createMany({ data }));
  await inBatches(rows.listening.checkIns, (data) => tx.checkIn.createMany({ data }));
  await inBatches(rows.listening.notes, (data) => tx.sessionNote.createMany({ data }));
}

/** Inserts both demo salons in one transaction: all or nothing. */
export async function seedDemoData(prisma: PrismaClient, options: { now: Date }): Promise<SeedSummary> {
  // bcrypt is slow on purpose: hash once, share the hash across demo accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const salons = SALONS.map((spec) => buildSalon(spec, options.now, passwordHash));
  await prisma.$transaction(
    async (tx) => {
      for (const rows of salons) await insertSalon(tx, rows);
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  return {
    tenants: salons.length,
    therapists: salons.reduce((n, s) => n + s.therapists.length, 0),
    clients: salons.reduce((n, s) => n + s.clients.length, 0),
    bookings: salons.reduce((n, s) => n + s.bookings.length, 0),
  };
}
