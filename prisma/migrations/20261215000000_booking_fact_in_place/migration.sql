-- BookingFact rows are updated in place instead of deleted and inserted again (docs/decisions/014).
-- Recomputing a client deleted and re-inserted all their rows: every booking or status change of
-- a regular wrote ten to thirty rows and their index entries, and the rows of a period ended up
-- spread over the whole table in the order clients were last touched, so reading a period visited
-- every page of it. Now only rows whose values changed are written; a row stays near the rows
-- written at the same time (bookings are mostly made in the order of their dates), with room left
-- on each page (fillfactor) for its updated versions.
ALTER TABLE "BookingFact" SET (fillfactor = 70);

-- Recomputes every row of these clients (pairs tenants[i], clients[i]) from their bookings,
-- writing only what changed.
CREATE OR REPLACE FUNCTION "booking_fact_refresh_clients"(tenants UUID[], clients UUID[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF tenants IS NULL THEN RETURN; END IF;
  PERFORM "booking_fact_lock"(tenants, clients);
  -- Rows of bookings that are no longer these clients' (deleted, or now another client's).
  DELETE FROM "BookingFact" f USING (SELECT DISTINCT x.t, x.c FROM unnest(tenants, clients) AS x(t, c)) x
  WHERE f."tenantId" = x.t AND f."clientId" = x.c
    AND NOT EXISTS (SELECT 1 FROM "Booking" b WHERE b."tenantId" = f."tenantId" AND b."id" = f."bookingId" AND b."clientId" = f."clientId");
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
  CROSS JOIN LATERAL "booking_fact_details"(b."tenantId", b."id", b."status") d
  -- A first build inserts in start order, as a live table fills (rows are written when their booking is).
  ORDER BY b."startsAt"
  ON CONFLICT ("tenantId", "bookingId") DO UPDATE SET
    "clientId" = EXCLUDED."clientId", "therapistId" = EXCLUDED."therapistId", "locationId" = EXCLUDED."locationId", "status" = EXCLUDED."status",
    "balanceStatus" = EXCLUDED."balanceStatus", "startsAt" = EXCLUDED."startsAt", "endsAt" = EXCLUDED."endsAt", "firstVisitAt" = EXCLUDED."firstVisitAt",
    "previousVisitAt" = EXCLUDED."previousVisitAt", "nextBookingAt" = EXCLUDED."nextBookingAt", "prebooked" = EXCLUDED."prebooked", "lateCancellation" = EXCLUDED."lateCancellation",
    "expiredHold" = EXCLUDED."expiredHold", "depositsMinor" = EXCLUDED."depositsMinor", "balancesMinor" = EXCLUDED."balancesMinor", "tipsMinor" = EXCLUDED."tipsMinor",
    "feesMinor" = EXCLUDED."feesMinor", "feesCount" = EXCLUDED."feesCount", "refundsMinor" = EXCLUDED."refundsMinor", "depositRefundsMinor" = EXCLUDED."depositRefundsMinor",
    "discountsMinor" = EXCLUDED."discountsMinor", "waiversMinor" = EXCLUDED."waiversMinor", "failedCharges" = EXCLUDED."failedCharges", "disputes" = EXCLUDED."disputes",
    "checkInScore" = EXCLUDED."checkInScore"
  -- Only the rows that changed are written: a client's new booking or a session's status changes
  -- one or two of their rows, and the others stay where they are on disk.
  WHERE ROW("BookingFact".*) IS DISTINCT FROM ROW(EXCLUDED.*);
END
$$;

-- Recomputes what these bookings' payments, events, disputes and check-ins give their rows, writing only what changed.
CREATE OR REPLACE FUNCTION "booking_fact_refresh_details"(tenants UUID[], bookings UUID[]) RETURNS void
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
  WHERE f."tenantId" = x.t AND f."bookingId" = x.b
    -- Only a row that changes is written (a pending charge, say, changes no sum yet).
    AND (f."lateCancellation", f."expiredHold", f."depositsMinor", f."balancesMinor", f."tipsMinor", f."feesMinor", f."feesCount", f."refundsMinor",
      f."depositRefundsMinor", f."discountsMinor", f."waiversMinor", f."failedCharges", f."disputes", f."checkInScore")
    IS DISTINCT FROM (d."lateCancellation", d."expiredHold", d."depositsMinor", d."balancesMinor", d."tipsMinor", d."feesMinor", d."feesCount", d."refundsMinor",
      d."depositRefundsMinor", d."discountsMinor", d."waiversMinor", d."failedCharges", d."disputes", d."checkInScore");
END
$$;

-- A booking's change recomputes its client's rows when it changes what they derive from (client,
-- therapist, location, status, times, when it was made); a balance's status alone, as charging
-- changes it, is copied to the booking's own row (under the client's lock, like a recomputation).
CREATE OR REPLACE FUNCTION "booking_fact_on_booking"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "booking_fact_refresh_clients"(array_agg(x.t), array_agg(x.c))
    FROM (SELECT DISTINCT n."tenantId" AS t, n."clientId" AS c FROM new_rows n) x;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "booking_fact_refresh_clients"(array_agg(x.t), array_agg(x.c)) FROM (
      SELECT o."tenantId" AS t, o."clientId" AS c
        FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
       WHERE (n."clientId", n."therapistId", n."locationId", n."status", n."startsAt", n."endsAt", n."createdAt")
         IS DISTINCT FROM (o."clientId", o."therapistId", o."locationId", o."status", o."startsAt", o."endsAt", o."createdAt")
      UNION
      SELECT n."tenantId", n."clientId"
        FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
       WHERE (n."clientId", n."therapistId", n."locationId", n."status", n."startsAt", n."endsAt", n."createdAt")
         IS DISTINCT FROM (o."clientId", o."therapistId", o."locationId", o."status", o."startsAt", o."endsAt", o."createdAt")
    ) x;
    PERFORM "booking_fact_lock"(array_agg(n."tenantId"), array_agg(n."clientId"))
      FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
     WHERE n."balanceStatus" IS DISTINCT FROM o."balanceStatus"
       AND (n."clientId", n."therapistId", n."locationId", n."status", n."startsAt", n."endsAt", n."createdAt")
         IS NOT DISTINCT FROM (o."clientId", o."therapistId", o."locationId", o."status", o."startsAt", o."endsAt", o."createdAt");
    UPDATE "BookingFact" f SET "balanceStatus" = n."balanceStatus"
      FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
     WHERE f."tenantId" = n."tenantId" AND f."bookingId" = n."id" AND n."balanceStatus" IS DISTINCT FROM o."balanceStatus"
       AND (n."clientId", n."therapistId", n."locationId", n."status", n."startsAt", n."endsAt", n."createdAt")
         IS NOT DISTINCT FROM (o."clientId", o."therapistId", o."locationId", o."status", o."startsAt", o."endsAt", o."createdAt");
  ELSE
    PERFORM "booking_fact_refresh_clients"(array_agg(x.t), array_agg(x.c))
    FROM (SELECT DISTINCT o."tenantId" AS t, o."clientId" AS c FROM old_rows o) x;
  END IF;
  RETURN NULL;
END
$$;
