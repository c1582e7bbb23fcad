import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZDateParam, ZSelectionSchema, ZServiceParam, ZStartParam, ZTherapistParam } from "@/lib/actions/booking-flow";
import { ZDraftSchema } from "@/lib/actions/booking-draft";
import { ZCancelFormSchema } from "@/lib/actions/cancel-form";
import { ZCancelBookingSchema, ZClientDetailsSchema, ZCreateBookingSchema, ZLocalDateSchema } from "@/lib/booking/schemas";
import { MAX_SLOTS_RANGE_DAYS, ZSlotsQuerySchema } from "@/lib/booking/slots-query";
import { localDateToEpochDay } from "@/lib/availability/local-date";
import { ZIdSchema, ZSlugSchema } from "@/lib/tenancy/guard";
import { isSupportedInstant, isSupportedLocalDate } from "@/lib/validation/dates";
import { ZEmailSchema } from "@/lib/validation/email";
import { isSafeMultiLine, isSafeSingleLine } from "@/lib/validation/text";
import { anyInstant, anyLocalDate, anyValue, objectNear } from "../../fixtures/hostile-input";

// Every schema at the boundary, fed anything: it answers through safeParse and never throws, and
// whatever it accepts is safe to store (no special characters, dates within 2000–2100).

const RUNS = 150;
const ID = "11111111-1111-4111-8111-111111111111";
const details = { name: "Jane Doe", email: "jane@example.com", phone: "+1 212 555 0199" };

const singleLine = (...values: unknown[]) => values.forEach((v) => expect(typeof v === "string" && isSafeSingleLine(v)).toBe(true));
const multiLine = (v: unknown) => expect(v === undefined || (typeof v === "string" && isSafeMultiLine(v))).toBe(true);
const inRange = (instant: string) => expect(isSupportedInstant(Date.parse(instant))).toBe(true);
const isDate = (date: string) => expect(isSupportedLocalDate(date)).toBe(true);

type Case = { schema: z.ZodType; input: fc.Arbitrary<unknown>; accepted: (out: never) => void };
const cases = (c: Case) => c;

const boundary: Record<string, Case> = {
  "the booking flow's selection (ZSelectionSchema)": cases({
    schema: ZSelectionSchema,
    input: objectNear({ salon: "serenity", service: ID, therapist: "any", start: "2026-11-25T15:00:00Z" }),
    accepted: (s: z.infer<typeof ZSelectionSchema>) => (singleLine(s.salon, s.service, s.therapist, s.start), inRange(s.start)),
  }),
  "the start URL param": cases({ schema: ZStartParam, input: fc.oneof(anyInstant, anyValue), accepted: (s: string) => (singleLine(s), inRange(s)) }),
  "the day URL param": cases({ schema: ZDateParam, input: fc.oneof(anyLocalDate, anyValue), accepted: (d: string) => isDate(d) }),
  "a local date (ZLocalDateSchema)": cases({ schema: ZLocalDateSchema, input: fc.oneof(anyLocalDate, anyValue), accepted: (d: string) => isDate(d) }),
  "the service and therapist URL params": cases({
    schema: ZServiceParam.or(ZTherapistParam),
    input: fc.oneof(fc.constantFrom(ID, "any"), fc.uuid(), anyValue),
    accepted: (v: string) => singleLine(v),
  }),
  "the client's details (ZClientDetailsSchema)": cases({
    schema: ZClientDetailsSchema,
    input: objectNear(details),
    accepted: (d: z.infer<typeof ZClientDetailsSchema>) => singleLine(d.name, d.email, d.phone),
  }),
  "the details step's draft (ZDraftSchema)": cases({
    schema: ZDraftSchema,
    input: objectNear({ ...details, note: "Ground floor,\r\nring twice\tplease" }),
    accepted: (d: z.infer<typeof ZDraftSchema>) => (singleLine(d.name, d.email, d.phone), multiLine(d.note), expect((d.note ?? "").length).toBeLessThanOrEqual(1000)),
  }),
  "a booking request (ZCreateBookingSchema)": cases({
    schema: ZCreateBookingSchema,
    input: objectNear({ serviceId: ID, therapistId: ID, startsAt: "2026-11-25T10:00:00-05:00", client: details, note: "See you" }),
    accepted: (b: z.infer<typeof ZCreateBookingSchema>) => (
      singleLine(b.serviceId, b.therapistId, b.startsAt, b.client.name, b.client.email, b.client.phone), multiLine(b.note), inRange(b.startsAt)
    ),
  }),
  "the cancel form (ZCancelFormSchema)": cases({
    schema: ZCancelFormSchema,
    input: objectNear({ salon: "serenity", booking: ID, token: "abc", reason: "Changed plans" }),
    accepted: (f: z.infer<typeof ZCancelFormSchema>) => (multiLine(f.reason), expect((f.reason ?? "").length).toBeLessThanOrEqual(500), expect(f.token.length).toBeLessThanOrEqual(100)),
  }),
  "cancelBooking's input (ZCancelBookingSchema)": cases({
    schema: ZCancelBookingSchema,
    input: objectNear({ actor: "client", reason: "Changed plans\nsorry" }),
    accepted: (c: z.infer<typeof ZCancelBookingSchema>) => (singleLine(c.actor), multiLine(c.reason)),
  }),
  "the slots API query (ZSlotsQuerySchema)": cases({
    schema: ZSlotsQuerySchema,
    input: fc.oneof(
      objectNear({ service: ID, therapist: "any", from: "2026-11-25", to: "2026-12-01" }),
      fc.record({ service: fc.constant(ID), therapist: fc.constant("any"), from: anyLocalDate, to: anyLocalDate }),
    ),
    accepted: (q: z.infer<typeof ZSlotsQuerySchema>) => {
      isDate(q.from);
      isDate(q.to);
      const days = localDateToEpochDay(q.to) - localDateToEpochDay(q.from);
      expect(days >= 0 && days < MAX_SLOTS_RANGE_DAYS).toBe(true);
    },
  }),
  "an email address, also for sign-in (ZEmailSchema)": cases({
    schema: ZEmailSchema,
    input: fc.oneof(fc.emailAddress(), objectNear({ e: "Owner@Serenity.test" }).map((o) => (o as { e?: unknown } | null)?.e), anyValue),
    accepted: (e: string) => (singleLine(e), expect(e).toBe(e.toLowerCase()), expect(e.length).toBeLessThanOrEqual(254)),
  }),
  "a salon slug or an id": cases({ schema: ZSlugSchema.or(ZIdSchema), input: fc.oneof(fc.uuid(), fc.constant("serenity"), anyValue), accepted: (v: string) => singleLine(v) }),
};

describe("boundary schemas under arbitrary input", () => {
  it.each(Object.entries(boundary))("%s never throws and accepts only storable values", (_name, { schema, input, accepted }) => {
    let acceptedCount = 0;
    fc.assert(
      fc.property(input, (value) => {
        const result = schema.safeParse(value);
        if (result.success) {
          acceptedCount++;
          accepted(result.data as never);
        }
      }),
      { numRuns: RUNS },
    );
    // The generators lean towards near-valid input, so the acceptance checks really run.
    expect(acceptedCount).toBeGreaterThan(0);
  });
});
