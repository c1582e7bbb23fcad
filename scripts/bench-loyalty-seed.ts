// The loyalty benchmark's salon, written by bulk SQL (INSERT … SELECT generate_series), not
// through the booking code: one salon in America/New_York with `clients` clients and `sessions`
// sessions over two years (ending two weeks from now), on a grid of hourly slots so no two active
// bookings of a therapist overlap; therapists working 09:00–17:00 every day, a week off twice a
// year; deposits, balances, tips, fees, refunds, discounts, failed charges and a few disputes;
// cancellations in the event log; check-ins with some wishes. Every "random" choice is a slice of
// an md5 of the row's number, so a size always seeds the same history.
// The loyalty facts the database keeps per booking (BookingFact, docs/decisions/014) are built once
// after the load, as the migration builds them for existing bookings, with the triggers that keep
// them row by row switched off meanwhile (tests/integration/loyalty-facts.test.ts shows the two agree).
import crypto from "node:crypto";
import type { SqlDriver } from "@/lib/db/sql-driver";

export const BENCH_TIME_ZONE = "America/New_York";
const DAYS = 730;
const FUTURE_DAYS = 14;
const SLOT_HOURS = 7; // starts at 09:00 … 15:00 local; working hours 09:00–17:00
const PRICE_MINOR = 9_000;
const DEPOSIT_MINOR = 2_000;

export type LoyaltySalon = { tenantId: string; timeZone: string; sessions: number; clients: number; therapists: number };

/** Seeds one salon and returns its id; ANALYZE is left to the caller (once after every salon). */
export async function seedLoyaltySalon(
  driver: SqlDriver,
  { sessions, clients }: { sessions: number; clients: number },
  onStatement?: (sql: string, ms: number) => void,
): Promise<LoyaltySalon> {
  const tenantId = crypto.randomUUID();
  const locationId = crypto.randomUUID();
  const serviceId = crypto.randomUUID();
  const tz = BENCH_TIME_ZONE;
  // Slots a day over the two years, spread over therapists with up to SLOT_HOURS sessions a day each.
  const perDay = Math.ceil(sessions / DAYS);
  const therapists = Math.max(2, Math.ceil(perDay / SLOT_HOURS));
  // r(k): the k-th 32-bit slice of the row's md5, as a number in [0, 1).
  const r = (k: number) => `(('x' || substr(h, ${k * 8 + 1}, 8))::bit(32)::bigint / 4294967296.0)`;

  const statements = [
    `INSERT INTO "Tenant" ("id", "slug", "name", "timeZone", "currency", "cancellationNoticeHours", "noShowFeeMinor", "lateCancelFeeMinor")
       VALUES ('${tenantId}', 'bench-loyalty-${tenantId.slice(0, 8)}', 'Bench Loyalty Spa', '${tz}', 'USD', 24, 5000, 2500)`,
    `INSERT INTO "Location" ("tenantId", "id", "name", "addressLine1", "city", "postalCode", "country", "timeZone")
       VALUES ('${tenantId}', '${locationId}', 'Main', '1 Main St', 'New York', '10001', 'US', '${tz}')`,
    `INSERT INTO "Service" ("tenantId", "id", "slug", "name", "description", "durationMinutes", "priceCents")
       VALUES ('${tenantId}', '${serviceId}', 'swedish', 'Swedish massage', 'An hour of calm', 60, ${PRICE_MINOR})`,
    `INSERT INTO "TherapistProfile" ("tenantId", "id", "userId", "displayName")
       SELECT '${tenantId}', md5('${tenantId}/t/' || i)::uuid, md5('${tenantId}/u/' || i)::uuid, 'Therapist ' || lpad(i::text, 2, '0')
       FROM generate_series(0, ${therapists - 1}) i`,
    `INSERT INTO "AvailabilityRule" ("tenantId", "therapistId", "locationId", "weekday", "startMinute", "endMinute")
       SELECT '${tenantId}', md5('${tenantId}/t/' || i)::uuid, '${locationId}', w, 540, 1020
       FROM generate_series(0, ${therapists - 1}) i, generate_series(0, 6) w`,
    // A week off twice a year, at a different time for each therapist.
    `INSERT INTO "TimeOff" ("tenantId", "therapistId", "startsAt", "endsAt", "reason")
       SELECT '${tenantId}', md5('${tenantId}/t/' || i)::uuid, s, s + interval '7 days', 'Holiday'
       FROM generate_series(0, ${therapists - 1}) i, generate_series(0, 3) k,
         LATERAL (SELECT date_trunc('day', now()) - interval '${DAYS - FUTURE_DAYS} days' + make_interval(days => (k * 182 + i * 11) % ${DAYS})) o(s)`,
    `INSERT INTO "Client" ("tenantId", "id", "name", "email", "phone", "createdAt")
       SELECT '${tenantId}', md5('${tenantId}/c/' || k)::uuid, 'Client ' || k, 'client-' || k || '@bench.invalid', '+1 212 555 0100', now() - interval '${DAYS} days'
       FROM generate_series(0, ${clients - 1}) k`,
    // Session n: day n % DAYS, slot n / DAYS of that day (therapist slot % T, hour slot / T).
    // Client: a growing book — on day d the clients drawn from are the first (25 % + 75 % · d / DAYS),
    // so first visits spread over the two years and early clients come back most. (MATERIALIZED:
    // else the planner inlines every column's expression, md5 included, into each use.)
    `WITH g AS MATERIALIZED (
       SELECT n, n % ${DAYS} AS d, n / ${DAYS} AS slot, ${r(0)} AS r0, ${r(1)} AS r1, ${r(2)} AS r2, ${r(3)} AS r3
       FROM generate_series(0, ${sessions - 1}) n, LATERAL (SELECT md5('${tenantId}/' || n) AS h) m
     ), s AS MATERIALIZED (
       SELECT g.*, slot % ${therapists} AS therapist, floor(r0 * ${clients} * (0.25 + 0.75 * d / ${DAYS}))::int AS client,
         ((current_date - ${DAYS - FUTURE_DAYS} + d) + make_interval(hours => 9 + slot / ${therapists}))::timestamp AT TIME ZONE '${tz}' AS starts
       FROM g
     ), x AS MATERIALIZED (
       SELECT s.*,
         CASE WHEN starts > now() THEN (CASE WHEN r1 < 0.08 THEN 'CANCELLED' ELSE 'CONFIRMED' END)
              WHEN r1 < 0.05 THEN 'NO_SHOW' WHEN r1 < 0.13 THEN 'CANCELLED' ELSE 'COMPLETED' END::"BookingStatus" AS status,
         least(now(), starts - make_interval(hours => 2 + (r3 * 30 * 24)::int)) AS created
       FROM s
     )
     INSERT INTO "Booking" ("tenantId", "id", "locationId", "serviceId", "therapistId", "clientId", "status", "startsAt", "endsAt", "blockStartsAt", "blockEndsAt",
        "serviceName", "durationMinutes", "priceCents", "currency", "policySnapshot", "contactName", "contactEmail", "contactPhone",
        "depositMinor", "tipMinor", "balanceStatus", "completedAt", "cancelledAt", "createdAt", "updatedAt")
     SELECT '${tenantId}', md5('${tenantId}/b/' || n)::uuid, '${locationId}', '${serviceId}', md5('${tenantId}/t/' || therapist)::uuid, md5('${tenantId}/c/' || client)::uuid,
        status, starts, starts + interval '1 hour', starts, starts + interval '1 hour',
        'Swedish massage', 60, ${PRICE_MINOR}, 'USD', '{}'::jsonb, 'Client ' || client, 'client-' || client || '@bench.invalid', '+1 212 555 0100',
        CASE WHEN r2 < 0.6 THEN ${DEPOSIT_MINOR} ELSE 0 END,
        CASE WHEN status = 'COMPLETED' AND r3 < 0.4 THEN 1000 + (r3 * 3000)::int / 500 * 500 END,
        (CASE WHEN status <> 'COMPLETED' THEN 'NOT_DUE' WHEN r2 < 0.02 THEN 'OWED' WHEN r2 < 0.03 THEN 'RETRY_SCHEDULED' ELSE 'PAID' END)::"BalanceStatus",
        CASE WHEN status = 'COMPLETED' THEN starts + interval '1 hour' END,
        CASE WHEN status = 'CANCELLED' THEN starts - make_interval(hours => (r2 * 96)::int) END,
        created, created
     FROM x`,
    // Cancellations: a fifth were unpaid holds that expired (no deposit), the rest cancelled by the client, half of those late.
    `INSERT INTO "BookingEvent" ("tenantId", "bookingId", "fromStatus", "toStatus", "actor", "note", "createdAt")
     SELECT b."tenantId", b."id", CASE WHEN b."depositMinor" = 0 AND ${r(0)} < 0.5 THEN 'PENDING' ELSE 'CONFIRMED' END::"BookingStatus", 'CANCELLED', 'client',
        CASE WHEN b."depositMinor" = 0 AND ${r(0)} < 0.5 THEN 'hold expired' WHEN ${r(1)} < 0.5 THEN 'late cancellation' END, b."cancelledAt"
     FROM "Booking" b, LATERAL (SELECT md5(b."id"::text || '/event') AS h OFFSET 0) g
     WHERE b."tenantId" = '${tenantId}' AND b."status" = 'CANCELLED'`,
    // Deposits: paid on every booking that has one; the ids are derived so refunds can name them.
    `INSERT INTO "PaymentRecord" ("tenantId", "id", "bookingId", "kind", "status", "amountMinor", "currency", "actor", "createdAt", "updatedAt")
     SELECT b."tenantId", md5(b."id"::text || '/deposit')::uuid, b."id", 'DEPOSIT', 'SUCCEEDED', b."depositMinor", 'USD', 'client', b."createdAt", b."createdAt"
     FROM "Booking" b WHERE b."tenantId" = '${tenantId}' AND b."depositMinor" > 0`,
    // Early cancellations get their deposit back.
    `INSERT INTO "PaymentRecord" ("tenantId", "bookingId", "kind", "status", "amountMinor", "currency", "actor", "refundOfId", "createdAt", "updatedAt")
     SELECT b."tenantId", b."id", 'REFUND', 'SUCCEEDED', b."depositMinor", 'USD', 'system', md5(b."id"::text || '/deposit')::uuid, b."cancelledAt", b."cancelledAt"
     FROM "Booking" b JOIN "BookingEvent" e ON e."tenantId" = b."tenantId" AND e."bookingId" = b."id"
     WHERE b."tenantId" = '${tenantId}' AND b."status" = 'CANCELLED' AND b."depositMinor" > 0 AND e."note" IS NULL`,
    // Balances charged after the review window (failed first for the owed ones), tips with them, a few discounts.
    `INSERT INTO "PaymentRecord" ("tenantId", "bookingId", "kind", "status", "amountMinor", "currency", "actor", "attempt", "createdAt", "updatedAt")
     SELECT b."tenantId", b."id", k.kind::"PaymentKind", k.status::"PaymentStatus", k.amount, 'USD', 'system', 1, b."endsAt" + interval '1 day', b."endsAt" + interval '1 day'
     FROM "Booking" b,
       LATERAL (VALUES
         ('BALANCE', CASE WHEN b."balanceStatus" = 'PAID' THEN 'SUCCEEDED' ELSE 'FAILED' END, b."priceCents" - b."depositMinor", true),
         ('TIP', 'SUCCEEDED', coalesce(b."tipMinor", 0), b."tipMinor" IS NOT NULL AND b."balanceStatus" = 'PAID'),
         ('DISCOUNT', 'SUCCEEDED', 500, ('x' || substr(md5(b."id"::text), 1, 8))::bit(32)::bigint % 50 = 0)) k(kind, status, amount, wanted)
     WHERE b."tenantId" = '${tenantId}' AND b."status" = 'COMPLETED' AND k.wanted`,
    // Fees: most no-shows and three in five late cancellations.
    `INSERT INTO "PaymentRecord" ("tenantId", "bookingId", "kind", "status", "amountMinor", "currency", "actor", "createdAt", "updatedAt")
     SELECT b."tenantId", b."id", CASE WHEN b."status" = 'NO_SHOW' THEN 'NO_SHOW_FEE' ELSE 'LATE_CANCEL_FEE' END::"PaymentKind", 'SUCCEEDED',
        CASE WHEN b."status" = 'NO_SHOW' THEN 5000 ELSE 2500 END, 'USD', 'system', b."endsAt", b."endsAt"
     FROM "Booking" b LEFT JOIN "BookingEvent" e ON e."tenantId" = b."tenantId" AND e."bookingId" = b."id"
     WHERE b."tenantId" = '${tenantId}' AND (b."status" = 'NO_SHOW' OR e."note" = 'late cancellation')
       AND ('x' || substr(md5(b."id"::text || '/fee'), 1, 8))::bit(32)::bigint % 10 < 7`,
    `INSERT INTO "Dispute" ("tenantId", "bookingId", "stripeDisputeId", "amountMinor", "currency", "reason", "status", "evidence", "createdAt", "updatedAt")
     SELECT b."tenantId", b."id", 'dp_' || replace(b."id"::text, '-', ''), b."priceCents", 'USD', 'fraudulent', 'needs_response', '{}'::jsonb, b."endsAt" + interval '5 days', b."endsAt" + interval '5 days'
     FROM "Booking" b WHERE b."tenantId" = '${tenantId}' AND b."status" = 'COMPLETED' AND ('x' || substr(md5(b."id"::text || '/dispute'), 1, 8))::bit(32)::bigint % 2000 = 0`,
    // Check-ins for two in five completed sessions, sent within two days; one in eight says what it would like different.
    `INSERT INTO "CheckIn" ("tenantId", "bookingId", "clientId", "therapistId", "satisfaction", "goalReached", "changes", "appliedChanges", "wishes", "createdAt")
     SELECT b."tenantId", b."id", b."clientId", b."therapistId",
        CASE WHEN ${r(1)} < 0.04 THEN 1 WHEN ${r(1)} < 0.1 THEN 2 WHEN ${r(1)} < 0.25 THEN 3 WHEN ${r(1)} < 0.55 THEN 4 ELSE 5 END,
        (CASE WHEN ${r(2)} < 0.7 THEN 'YES' WHEN ${r(2)} < 0.9 THEN 'PARTLY' ELSE 'NO' END)::"GoalReached", '{}', '{}',
        CASE WHEN ${r(3)} < 0.125 THEN (ARRAY['Firmer pressure on the shoulders', 'A warmer room', 'Less talking, more quiet', 'More time on the lower back'])[1 + (${r(3)} * 32)::int % 4] END,
        b."endsAt" + make_interval(mins => 30 + (${r(2)} * 2880)::int)
     FROM "Booking" b, LATERAL (SELECT md5(b."id"::text || '/checkin') AS h OFFSET 0) g
     WHERE b."tenantId" = '${tenantId}' AND b."status" = 'COMPLETED' AND b."endsAt" < now() - interval '2 days' AND ${r(0)} < 0.4`,
  ];
  const factTriggers = [
    ["Booking", "booking_fact_booking_insert"],
    ["PaymentRecord", "booking_fact_payment_insert"],
    ["BookingEvent", "booking_fact_event_insert"],
    ["Dispute", "booking_fact_dispute_insert"],
    ["CheckIn", "booking_fact_check_in_insert"],
  ];
  const switchTriggers = (on: boolean) => driver.exec(factTriggers.map(([table, trigger]) => `ALTER TABLE "${table}" ${on ? "ENABLE" : "DISABLE"} TRIGGER "${trigger}"`).join(";\n"));
  statements.push(`SELECT "booking_fact_refresh_clients"(array_agg(x.t), array_agg(x.c)) FROM (SELECT DISTINCT "tenantId" AS t, "clientId" AS c FROM "Booking" WHERE "tenantId" = '${tenantId}') x`);
  await switchTriggers(false);
  try {
    for (const sql of statements) {
      const t0 = performance.now();
      await driver.exec(sql);
      onStatement?.(sql, performance.now() - t0);
    }
  } finally {
    await switchTriggers(true);
  }
  return { tenantId, timeZone: tz, sessions, clients, therapists };
}
