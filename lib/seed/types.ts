// The shape of a demo salon: static facts only; ids and bookings are generated from it.
import type { LocationType } from "@/lib/generated/prisma/enums";
import type { TDepositRule } from "@/lib/payments/deposit";

export type WorkBlock = { weekday: number; startMinute: number; endMinute: number };

export type TherapistSpec = {
  key: string;
  email: string;
  name: string;
  bio: string;
  rules: WorkBlock[];
};

export type ServiceSpec = {
  slug: string;
  name: string;
  description: string;
  durationMinutes: number;
  priceCents: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  locationType: LocationType;
  sortOrder: number;
  /** Overrides the salon's deposit rule. */
  depositRule?: TDepositRule;
  /** Keys of the therapists who offer it. */
  therapists: string[];
  /** How often clients pick it, relative to the salon's other services. */
  popularity: number;
};

/** Whole local days off, anchored on the Monday after "today" so they land the same way every run. */
export type TimeOffSpec = { therapist: string; daysFromNextMonday: number; days: number; reason: string };

export type SalonSpec = {
  /** Seeds the salon's PRNG. */
  seed: number;
  /** `locale` (BCP 47) formats the salon's dates, times and money on its pages and emails. */
  tenant: { slug: string; name: string; tagline: string; phone: string; timeZone: string; currency: string; locale: string; cancellationNoticeHours: number };
  /** The salon's payment policy and its Stripe account (the demo salons come connected). */
  payments: { depositRule: TDepositRule; lateCancelFeeMinor: number; noShowFeeMinor: number; reviewWindowHours: number; stripeAccountId: string; stripeChargesEnabled: boolean };
  location: { name: string; addressLine1: string; addressLine2?: string; city: string; postalCode: string; country: string };
  owner: { email: string; name: string };
  therapists: TherapistSpec[];
  services: ServiceSpec[];
  timeOff: TimeOffSpec[];
  clients: { regulars: number; occasional: number; oneOff: number; firstNames: string[]; lastNames: string[] };
  phone(index: number): string;
  futureBookings: number;
};

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

/**
 * A working week in two blocks a day around a lunch break: `days` at `start`..`end`
 * (break at `breakAt` for an hour), plus one late day that starts and ends later.
 */
export function week(options: {
  days: number[];
  start: [number, number?];
  breakAt: [number, number?];
  end: [number, number?];
  late: { weekday: number; start: [number, number?]; breakAt: [number, number?]; end: [number, number?] };
}): WorkBlock[] {
  const blocks: WorkBlock[] = [];
  for (const weekday of options.days) {
    const spec = weekday === options.late.weekday ? options.late : options;
    const breakStart = h(...spec.breakAt);
    blocks.push({ weekday, startMinute: h(...spec.start), endMinute: breakStart });
    blocks.push({ weekday, startMinute: breakStart + 60, endMinute: h(...spec.end) });
  }
  return blocks;
}
