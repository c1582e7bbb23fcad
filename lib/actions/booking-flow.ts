import { z } from "zod";
import { ZLocalDateSchema } from "@/lib/booking/schemas";
import { instantSchema } from "@/lib/validation/dates";
import { ZSlugSchema } from "@/lib/tenancy/guard";

// The public booking flow keeps its state in the URL (service, therapist, day, time), so back,
// forward and refresh all work and each step renders on the server. Only the client's contact
// details stay out of the URL (see booking-draft.ts).

export const BOOKING_STEPS = ["Service", "Therapist", "Time", "Details", "Review"] as const;

export type FlowStep = "service" | "therapist" | "time" | "details" | "review";

export const STEP_INDEX: Record<FlowStep, number> = { service: 0, therapist: 1, time: 2, details: 3, review: 4 };

export type FlowParams = {
  service?: string;
  therapist?: string;
  date?: string;
  /** The first day of the time step's window of days, when paging through them. */
  from?: string;
  start?: string;
  /** Why the client was sent back to pick a time: just booked by someone else, or no longer offered. */
  notice?: "taken" | "gone";
};

export function salonHref(slug: string): string {
  return `/s/${slug}`;
}

export function bookHref(slug: string, step: FlowStep, params: FlowParams = {}): string {
  const path = step === "service" ? `/s/${slug}/book` : `/s/${slug}/book/${step}`;
  const query = new URLSearchParams();
  for (const key of ["service", "therapist", "date", "from", "start", "notice"] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

export const ZServiceParam = z.uuid();
export const ZTherapistParam = z.union([z.literal("any"), z.uuid()]);
// Out-of-range dates count as malformed, so pages treat them like any other bad param.
export const ZStartParam = instantSchema();
export const ZDateParam = ZLocalDateSchema;

/** A complete choice of service, therapist and start time, as posted by the details and review forms. */
export const ZSelectionSchema = z.object({
  salon: ZSlugSchema,
  service: ZServiceParam,
  therapist: ZTherapistParam,
  start: ZStartParam,
});
export type TSelection = z.infer<typeof ZSelectionSchema>;

type SearchParamValue = string | string[] | undefined;

/** The first value of a search param, if it is a string. */
export function param(value: SearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Parses an optional URL param: absent → undefined, present but malformed → "invalid". */
export function parseParam<T>(schema: z.ZodType<T>, value: SearchParamValue): T | undefined | "invalid" {
  const raw = param(value);
  if (raw === undefined || raw === "") return undefined;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : "invalid";
}
