-- The loyalty dashboard's facts per booking (lib/loyalty, docs/decisions/014), kept by
-- statement triggers on the rows they come from, so that the dashboard reads one row per booking
-- of the period instead of looking up, for each session, the client's next booking, previous and
-- first visit, and the booking's payments, cancellation events, disputes and check-in (on
-- 100,000 sessions that was ~0.6 s of PostgreSQL CPU per dashboard load; see the decision).
--
-- A booking's row copies what the metrics filter and group on (client, therapist, location,
-- status, balance status, start, end) and holds:
--   for a completed session: the client's first completed session at the salon, the client's
--     completed session before this one (in start order), the start of the client's next
--     non-cancelled booking that starts at or after this one's end, and whether the client made
--     a non-cancelled booking for a later time within 24 hours of this one's end (prebooking);
--   for a cancelled booking: whether its cancellation was late, or an unpaid hold that expired
--     (the event log's notes);
--   the ledger's succeeded deposits, balances, tips, fees (and their count), refunds (and those of
--     deposits), discounts and waivers; failed charge attempts; disputes; its check-in's score.
-- A change to a client's bookings recomputes that client's rows; a change to a payment, event,
-- dispute or check-in recomputes its booking's row. Each recomputation first takes a
-- transaction-scoped advisory lock per client (in one order), so two transactions changing one
-- client's rows take turns and the later one reads what the earlier one committed.

CREATE TABLE "BookingFact" (
    "tenantId" UUID NOT NULL,
    "bookingId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "therapistId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "balanceStatus" "BalanceStatus" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "firstVisitAt" TIMESTAMPTZ(3),
    "previousVisitAt" TIMESTAMPTZ(3),
    "nextBookingAt" TIMESTAMPTZ(3),
    "prebooked" BOOLEAN NOT NULL DEFAULT false,
    "lateCancellation" BOOLEAN NOT NULL DEFAULT false,
    "expiredHold" BOOLEAN NOT NULL DEFAULT false,
    "depositsMinor" INTEGER NOT NULL DEFAULT 0,
    "balancesMinor" INTEGER NOT NULL DEFAULT 0,
    "tipsMinor" INTEGER NOT NULL DEFAULT 0,
    "feesMinor" INTEGER NOT NULL DEFAULT 0,
    "feesCount" INTEGER NOT NULL DEFAULT 0,
    "refundsMinor" INTEGER NOT NULL DEFAULT 0,
    "depositRefundsMinor" INTEGER NOT NULL DEFAULT 0,
    "discountsMinor" INTEGER NOT NULL DEFAULT 0,
    "waiversMinor" INTEGER NOT NULL DEFAULT 0,
    "failedCharges" INTEGER NOT NULL DEFAULT 0,
    "disputes" INTEGER NOT NULL DEFAULT 0,
    "checkInScore" INTEGER,
    CONSTRAINT "BookingFact_pkey" PRIMARY KEY ("tenantId", "bookingId")
);
-- No foreign key to Booking: a booking's row goes with its client's recomputation when it is deleted.
-- The periods' bookings; a client's rows (recomputation); first visits in a window (cohorts).
CREATE INDEX "BookingFact_tenantId_startsAt_idx" ON "BookingFact"("tenantId", "startsAt");
CREATE INDEX "BookingFact_tenantId_clientId_idx" ON "BookingFact"("tenantId", "clientId");
CREATE INDEX "BookingFact_tenantId_firstVisitAt_idx" ON "BookingFact"("tenantId", "firstVisitAt");

-- What a booking's payments, cancellation events, disputes and check-in give its row.
CREATE FUNCTION "booking_fact_details"(t UUID, booking UUID, booking_status "BookingStatus")
RETURNS TABLE ("depositsMinor" INTEGER, "balancesMinor" INTEGER, "tipsMinor" INTEGER, "feesMinor" INTEGER, "feesCount" INTEGER,
  "refundsMinor" INTEGER, "depositRefundsMinor" INTEGER, "discountsMinor" INTEGER, "waiversMinor" INTEGER, "failedCharges" INTEGER,
  "disputes" INTEGER, "lateCancellation" BOOLEAN, "expiredHold" BOOLEAN, "checkInScore" INTEGER)
LANGUAGE sql STABLE AS $$
  SELECT
    coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'DEPOSIT'), 0)::int,
    coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'BALANCE'), 0)::int,
    coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'TIP'), 0)::int,
    coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" IN ('NO_SHOW_FEE', 'LATE_CANCEL_FEE')), 0)::int,
    (count(*) FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" IN ('NO_SHOW_FEE', 'LATE_CANCEL_FEE')))::int,
    coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'REFUND'), 0)::int,
    coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'REFUND' AND d."kind" = 'DEPOSIT'), 0)::int,
    coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'DISCOUNT'), 0)::int,
    coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'WAIVER'), 0)::int,
    (count(*) FILTER (WHERE p."status" = 'FAILED' AND p."kind" NOT IN ('REFUND', 'DISCOUNT', 'WAIVER')))::int,
    (SELECT count(*) FROM "Dispute" x WHERE x."tenantId" = t AND x."bookingId" = booking)::int,
    booking_status = 'CANCELLED' AND EXISTS (SELECT 1 FROM "BookingEvent" e WHERE e."tenantId" = t AND e."bookingId" = booking
      AND e."toStatus" = 'CANCELLED' AND e."note" = 'late cancellation'),
    booking_status = 'CANCELLED' AND EXISTS (SELECT 1 FROM "BookingEvent" e WHERE e."tenantId" = t AND e."bookingId" = booking
      AND e."toStatus" = 'CANCELLED' AND e."fromStatus" = 'PENDING'),
    (SELECT c."satisfaction" FROM "CheckIn" c WHERE c."tenantId" = t AND c."bookingId" = booking)
  FROM "PaymentRecord" p
  LEFT JOIN "PaymentRecord" d ON d."tenantId" = p."tenantId" AND d."id" = p."refundOfId"
  WHERE p."tenantId" = t AND p."bookingId" = booking
$$;

-- One transaction at a time recomputes a client's rows: a lock per (salon, client), taken in one order.
CREATE FUNCTION "booking_fact_lock"(tenants UUID[], clients UUID[]) RETURNS void
LANGUAGE sql AS $$
  SELECT count(pg_advisory_xact_lock(k)) FROM (
    SELECT DISTINCT hashtextextended(x.t::text || '/' || x.c::text, 72023115) AS k FROM unnest(tenants, clients) AS x(t, c) WHERE x.c IS NOT NULL ORDER BY 1
  ) l
$$;

-- Recomputes every row of these clients (pairs tenants[i], clients[i]) from their bookings.
CREATE FUNCTION "booking_fact_refresh_clients"(tenants UUID[], clients UUID[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF tenants IS NULL THEN RETURN; END IF;
  PERFORM "booking_fact_lock"(tenants, clients);
  DELETE FROM "BookingFact" f USING unnest(tenants, clients) AS x(t, c) WHERE f."tenantId" = x.t AND f."clientId" = x.c;
  INSERT INTO "BookingFact" ("tenantId", "bookingId", "clientId", "therapistId", "locationId", "status", "balanceStatus", "startsAt", "endsAt",
    "firstVisitAt", "previousVisitAt", "nextBookingAt", "prebooked", "lateCancellation", "expiredHold",
    "depositsMinor", "balancesMinor", "tipsMinor", "feesMinor", "feesCount", "refundsMinor", "depositRefundsMinor", "discountsMinor", "waiversMinor",
    "failedCharges", "disputes", "checkInScore")
  WITH chosen AS (
    SELECT DISTINCT x.t, x.c FROM unnest(tenants, clients) AS x(t, c)
  ), bookings AS (
    -- One pass over each client's bookings in start order: their first completed session, the
    -- completed session before each, and the earliest start of a later non-cancelled booking.
    SELECT b."tenantId", b."id", b."clientId", b."therapistId", b."locationId", b."status", b."balanceStatus", b."startsAt", b."endsAt",
      min(b."startsAt") FILTER (WHERE b."status" = 'COMPLETED') OVER client AS first_at,
      max(b."startsAt") FILTER (WHERE b."status" = 'COMPLETED') OVER (client ORDER BY b."startsAt", b."id" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_at,
      min(b."startsAt") FILTER (WHERE b."status" <> 'CANCELLED') OVER (client ORDER BY b."startsAt", b."id" ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS later_at
    FROM chosen JOIN "Booking" b ON b."tenantId" = chosen.t AND b."clientId" = chosen.c
    WINDOW client AS (PARTITION BY b."tenantId", b."clientId")
  )
  SELECT b."tenantId", b."id", b."clientId", b."therapistId", b."locationId", b."status", b."balanceStatus", b."startsAt", b."endsAt",
    CASE WHEN b."status" = 'COMPLETED' THEN b.first_at END,
    CASE WHEN b."status" = 'COMPLETED' THEN b.previous_at END,
    -- The next booking: the earliest later one, unless it starts before this one ends (overlapping
    -- bookings); then the earliest that starts at or after its end is looked up.
    CASE WHEN b."status" <> 'COMPLETED' THEN NULL
      WHEN b.later_at IS NULL OR b.later_at >= b."endsAt" THEN b.later_at
      ELSE (SELECT min(x."startsAt") FROM "Booking" x WHERE x."tenantId" = b."tenantId" AND x."clientId" = b."clientId" AND x."id" <> b."id"
        AND x."status" <> 'CANCELLED' AND x."startsAt" >= b."endsAt") END,
    b."status" = 'COMPLETED' AND EXISTS (SELECT 1 FROM "Booking" p WHERE p."tenantId" = b."tenantId" AND p."clientId" = b."clientId" AND p."id" <> b."id"
      AND p."status" <> 'CANCELLED' AND p."startsAt" >= b."endsAt" AND p."createdAt" >= b."endsAt" AND p."createdAt" < b."endsAt" + interval '24 hours'),
    d."lateCancellation", d."expiredHold", d."depositsMinor", d."balancesMinor", d."tipsMinor", d."feesMinor", d."feesCount", d."refundsMinor",
    d."depositRefundsMinor", d."discountsMinor", d."waiversMinor", d."failedCharges", d."disputes", d."checkInScore"
  FROM bookings b
  CROSS JOIN LATERAL "booking_fact_details"(b."tenantId", b."id", b."status") d;
END
$$;

-- Recomputes what these bookings' payments, events, disputes and check-ins give their rows.
CREATE FUNCTION "booking_fact_refresh_details"(tenants UUID[], bookings UUID[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  ts UUID[];
  cs UUID[];
BEGIN
  IF tenants IS NULL THEN RETURN; END IF;
  SELECT array_agg(f."tenantId"), array_agg(f."clientId") INTO ts, cs
  FROM "BookingFact" f JOIN unnest(tenants, bookings) AS x(t, b) ON f."tenantId" = x.t AND f."bookingId" = x.b;
  PERFORM "booking_fact_lock"(ts, cs);
  UPDATE "BookingFact" f SET
    "lateCancellation" = d."lateCancellation", "expiredHold" = d."expiredHold", "depositsMinor" = d."depositsMinor", "balancesMinor" = d."balancesMinor",
    "tipsMinor" = d."tipsMinor", "feesMinor" = d."feesMinor", "feesCount" = d."feesCount", "refundsMinor" = d."refundsMinor",
    "depositRefundsMinor" = d."depositRefundsMinor", "discountsMinor" = d."discountsMinor", "waiversMinor" = d."waiversMinor",
    "failedCharges" = d."failedCharges", "disputes" = d."disputes", "checkInScore" = d."checkInScore"
  FROM (SELECT DISTINCT x.t, x.b FROM unnest(tenants, bookings) AS x(t, b)) x
  JOIN "Booking" b ON b."tenantId" = x.t AND b."id" = x.b
  CROSS JOIN LATERAL "booking_fact_details"(b."tenantId", b."id", b."status") d
  WHERE f."tenantId" = x.t AND f."bookingId" = x.b;
END
$$;

CREATE FUNCTION "booking_fact_on_booking"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "booking_fact_refresh_clients"(array_agg(x.t), array_agg(x.c))
    FROM (SELECT DISTINCT n."tenantId" AS t, n."clientId" AS c FROM new_rows n) x;
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only what the rows copy or depend on; a reminder sent or a charge attempt counted changes nothing here.
    PERFORM "booking_fact_refresh_clients"(array_agg(x.t), array_agg(x.c)) FROM (
      SELECT o."tenantId" AS t, o."clientId" AS c
        FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
       WHERE (n."clientId", n."therapistId", n."locationId", n."status", n."balanceStatus", n."startsAt", n."endsAt", n."createdAt")
         IS DISTINCT FROM (o."clientId", o."therapistId", o."locationId", o."status", o."balanceStatus", o."startsAt", o."endsAt", o."createdAt")
      UNION
      SELECT n."tenantId", n."clientId"
        FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
       WHERE (n."clientId", n."therapistId", n."locationId", n."status", n."balanceStatus", n."startsAt", n."endsAt", n."createdAt")
         IS DISTINCT FROM (o."clientId", o."therapistId", o."locationId", o."status", o."balanceStatus", o."startsAt", o."endsAt", o."createdAt")
    ) x;
  ELSE
    PERFORM "booking_fact_refresh_clients"(array_agg(x.t), array_agg(x.c))
    FROM (SELECT DISTINCT o."tenantId" AS t, o."clientId" AS c FROM old_rows o) x;
  END IF;
  RETURN NULL;
END
$$;

-- PaymentRecord, BookingEvent, Dispute and CheckIn rows all name their booking.
CREATE FUNCTION "booking_fact_on_detail"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "booking_fact_refresh_details"(array_agg(x.t), array_agg(x.b))
    FROM (SELECT DISTINCT n."tenantId" AS t, n."bookingId" AS b FROM new_rows n) x;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "booking_fact_refresh_details"(array_agg(x.t), array_agg(x.b))
    FROM (SELECT n."tenantId" AS t, n."bookingId" AS b FROM new_rows n UNION SELECT o."tenantId", o."bookingId" FROM old_rows o) x;
  ELSE
    PERFORM "booking_fact_refresh_details"(array_agg(x.t), array_agg(x.b))
    FROM (SELECT DISTINCT o."tenantId" AS t, o."bookingId" AS b FROM old_rows o) x;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "booking_fact_booking_insert" AFTER INSERT ON "Booking" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_booking"();
CREATE TRIGGER "booking_fact_booking_update" AFTER UPDATE ON "Booking" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_booking"();
CREATE TRIGGER "booking_fact_booking_delete" AFTER DELETE ON "Booking" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_booking"();
CREATE TRIGGER "booking_fact_payment_insert" AFTER INSERT ON "PaymentRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_payment_update" AFTER UPDATE ON "PaymentRecord" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_payment_delete" AFTER DELETE ON "PaymentRecord" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_event_insert" AFTER INSERT ON "BookingEvent" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_event_update" AFTER UPDATE ON "BookingEvent" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_event_delete" AFTER DELETE ON "BookingEvent" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_dispute_insert" AFTER INSERT ON "Dispute" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_dispute_update" AFTER UPDATE ON "Dispute" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_dispute_delete" AFTER DELETE ON "Dispute" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_check_in_insert" AFTER INSERT ON "CheckIn" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_check_in_update" AFTER UPDATE ON "CheckIn" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();
CREATE TRIGGER "booking_fact_check_in_delete" AFTER DELETE ON "CheckIn" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "booking_fact_on_detail"();

-- The rows of the bookings there already are.
SELECT "booking_fact_refresh_clients"(array_agg(x.t), array_agg(x.c)) FROM (SELECT DISTINCT "tenantId" AS t, "clientId" AS c FROM "Booking") x;
