-- The client list's figures per client (lib/clients/list-clients.ts), kept up to date by
-- statement triggers on the rows they come from, so that a page of 50 of 10,000 clients sorted by
-- any figure reads one row per client instead of aggregating every booking, payment and check-in
-- (on 10,000 clients and 100,000 bookings, sorting by lifetime spend by aggregates took 1.5 s;
-- see docs/decisions/013).
--   visits, lastVisitAt: the client's completed sessions, and the start of the latest;
--   spendMinor: money collected (lib/payments/ledger.ts): succeeded charges less succeeded refunds;
--   satisfactionSum, checkIns: their check-ins' scores, for the average.
-- Counts and sums move by deltas through INSERT … ON CONFLICT DO UPDATE, which adds to the row's
-- latest version under its lock, so concurrent changes for one client never lose each other; rows
-- are touched in client order. The rare changes that take a figure back (a booking deleted or no
-- longer completed, or moved to another client) recompute those clients from their rows.

CREATE TABLE "ClientSummary" (
    "tenantId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,
    "lastVisitAt" TIMESTAMPTZ(3),
    "spendMinor" INTEGER NOT NULL DEFAULT 0,
    "satisfactionSum" INTEGER NOT NULL DEFAULT 0,
    "checkIns" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ClientSummary_pkey" PRIMARY KEY ("tenantId", "clientId")
);
ALTER TABLE "ClientSummary" ADD CONSTRAINT "ClientSummary_tenantId_clientId_fkey" FOREIGN KEY ("tenantId", "clientId") REFERENCES "Client"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What one payment record adds to the money collected.
CREATE FUNCTION "client_summary_payment_minor"(kind "PaymentKind", status "PaymentStatus", amount INTEGER) RETURNS INTEGER
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN status <> 'SUCCEEDED' THEN 0
    WHEN kind IN ('DEPOSIT', 'BALANCE', 'TIP', 'LATE_CANCEL_FEE', 'NO_SHOW_FEE') THEN amount
    WHEN kind = 'REFUND' THEN -amount
    ELSE 0
  END
$$;

-- One client's figures from their bookings, payments and check-ins (a client no longer there has none).
CREATE FUNCTION "client_summary_recompute"(t UUID, c UUID) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "ClientSummary" ("tenantId", "clientId", "visits", "lastVisitAt", "spendMinor", "satisfactionSum", "checkIns")
  SELECT cl."tenantId", cl."id",
    (SELECT count(*) FROM "Booking" b WHERE b."tenantId" = t AND b."clientId" = c AND b."status" = 'COMPLETED'),
    (SELECT max(b."startsAt") FROM "Booking" b WHERE b."tenantId" = t AND b."clientId" = c AND b."status" = 'COMPLETED'),
    (SELECT coalesce(sum("client_summary_payment_minor"(p."kind", p."status", p."amountMinor")), 0)
       FROM "Booking" b JOIN "PaymentRecord" p ON p."tenantId" = b."tenantId" AND p."bookingId" = b."id"
      WHERE b."tenantId" = t AND b."clientId" = c),
    (SELECT coalesce(sum(k."satisfaction"), 0) FROM "CheckIn" k WHERE k."tenantId" = t AND k."clientId" = c),
    (SELECT count(*) FROM "CheckIn" k WHERE k."tenantId" = t AND k."clientId" = c)
  FROM "Client" cl WHERE cl."tenantId" = t AND cl."id" = c
  ON CONFLICT ("tenantId", "clientId") DO UPDATE SET
    "visits" = EXCLUDED."visits", "lastVisitAt" = EXCLUDED."lastVisitAt", "spendMinor" = EXCLUDED."spendMinor",
    "satisfactionSum" = EXCLUDED."satisfactionSum", "checkIns" = EXCLUDED."checkIns"
$$;

CREATE FUNCTION "client_summary_on_booking"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ClientSummary" ("tenantId", "clientId", "visits", "lastVisitAt", "spendMinor", "satisfactionSum", "checkIns")
    SELECT n."tenantId", n."clientId", count(*), max(n."startsAt"), 0, 0, 0
      FROM new_rows n WHERE n."status" = 'COMPLETED'
     GROUP BY n."tenantId", n."clientId" ORDER BY 1, 2
    ON CONFLICT ("tenantId", "clientId") DO UPDATE SET
      "visits" = "ClientSummary"."visits" + EXCLUDED."visits", "lastVisitAt" = greatest("ClientSummary"."lastVisitAt", EXCLUDED."lastVisitAt");
  ELSIF TG_OP = 'UPDATE' THEN
    -- Sessions just completed.
    INSERT INTO "ClientSummary" ("tenantId", "clientId", "visits", "lastVisitAt", "spendMinor", "satisfactionSum", "checkIns")
    SELECT n."tenantId", n."clientId", count(*), max(n."startsAt"), 0, 0, 0
      FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
     WHERE n."clientId" = o."clientId" AND n."status" = 'COMPLETED' AND o."status" <> 'COMPLETED'
     GROUP BY n."tenantId", n."clientId" ORDER BY 1, 2
    ON CONFLICT ("tenantId", "clientId") DO UPDATE SET
      "visits" = "ClientSummary"."visits" + EXCLUDED."visits", "lastVisitAt" = greatest("ClientSummary"."lastVisitAt", EXCLUDED."lastVisitAt");
    -- A completed session no longer completed or moved in time, or a booking given to another client.
    PERFORM "client_summary_recompute"(x.t, x.c) FROM (
      SELECT o."tenantId" AS t, o."clientId" AS c
        FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
       WHERE n."clientId" <> o."clientId" OR (o."status" = 'COMPLETED' AND (n."status" <> 'COMPLETED' OR n."startsAt" <> o."startsAt"))
      UNION
      SELECT n."tenantId", n."clientId"
        FROM new_rows n JOIN old_rows o ON o."tenantId" = n."tenantId" AND o."id" = n."id"
       WHERE n."clientId" <> o."clientId"
      ORDER BY 1, 2
    ) x;
  ELSE
    PERFORM "client_summary_recompute"(x.t, x.c) FROM (
      SELECT DISTINCT o."tenantId" AS t, o."clientId" AS c FROM old_rows o ORDER BY 1, 2
    ) x;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "client_summary_on_payment"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ClientSummary" ("tenantId", "clientId", "visits", "lastVisitAt", "spendMinor", "satisfactionSum", "checkIns")
    SELECT b."tenantId", b."clientId", 0, NULL, sum("client_summary_payment_minor"(n."kind", n."status", n."amountMinor")), 0, 0
      FROM new_rows n JOIN "Booking" b ON b."tenantId" = n."tenantId" AND b."id" = n."bookingId"
     GROUP BY b."tenantId", b."clientId" HAVING sum("client_summary_payment_minor"(n."kind", n."status", n."amountMinor")) <> 0 ORDER BY 1, 2
    ON CONFLICT ("tenantId", "clientId") DO UPDATE SET "spendMinor" = "ClientSummary"."spendMinor" + EXCLUDED."spendMinor";
  ELSIF TG_OP = 'UPDATE' THEN
    -- What the rows are now, less what they were.
    INSERT INTO "ClientSummary" ("tenantId", "clientId", "visits", "lastVisitAt", "spendMinor", "satisfactionSum", "checkIns")
    SELECT b."tenantId", b."clientId", 0, NULL, sum(d.minor), 0, 0
      FROM (
        SELECT n."tenantId", n."bookingId", "client_summary_payment_minor"(n."kind", n."status", n."amountMinor") AS minor FROM new_rows n
        UNION ALL
        SELECT o."tenantId", o."bookingId", -"client_summary_payment_minor"(o."kind", o."status", o."amountMinor") FROM old_rows o
      ) d
      JOIN "Booking" b ON b."tenantId" = d."tenantId" AND b."id" = d."bookingId"
     GROUP BY b."tenantId", b."clientId" HAVING sum(d.minor) <> 0 ORDER BY 1, 2
    ON CONFLICT ("tenantId", "clientId") DO UPDATE SET "spendMinor" = "ClientSummary"."spendMinor" + EXCLUDED."spendMinor";
  ELSE
    -- Without their booking (gone with its salon) there is no client to take from.
    UPDATE "ClientSummary" s SET "spendMinor" = s."spendMinor" - x.minor
      FROM (
        SELECT b."tenantId", b."clientId", sum("client_summary_payment_minor"(o."kind", o."status", o."amountMinor")) AS minor
          FROM old_rows o JOIN "Booking" b ON b."tenantId" = o."tenantId" AND b."id" = o."bookingId"
         GROUP BY b."tenantId", b."clientId"
      ) x
     WHERE s."tenantId" = x."tenantId" AND s."clientId" = x."clientId" AND x.minor <> 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "client_summary_on_check_in"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ClientSummary" ("tenantId", "clientId", "visits", "lastVisitAt", "spendMinor", "satisfactionSum", "checkIns")
    SELECT n."tenantId", n."clientId", 0, NULL, 0, sum(n."satisfaction"), count(*)
      FROM new_rows n GROUP BY n."tenantId", n."clientId" ORDER BY 1, 2
    ON CONFLICT ("tenantId", "clientId") DO UPDATE SET
      "satisfactionSum" = "ClientSummary"."satisfactionSum" + EXCLUDED."satisfactionSum", "checkIns" = "ClientSummary"."checkIns" + EXCLUDED."checkIns";
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "ClientSummary" ("tenantId", "clientId", "visits", "lastVisitAt", "spendMinor", "satisfactionSum", "checkIns")
    SELECT d."tenantId", d."clientId", 0, NULL, 0, sum(d.score), sum(d.n)
      FROM (
        SELECT n."tenantId", n."clientId", n."satisfaction" AS score, 1 AS n FROM new_rows n
        UNION ALL
        SELECT o."tenantId", o."clientId", -o."satisfaction", -1 FROM old_rows o
      ) d
     GROUP BY d."tenantId", d."clientId" HAVING sum(d.score) <> 0 OR sum(d.n) <> 0 ORDER BY 1, 2
    ON CONFLICT ("tenantId", "clientId") DO UPDATE SET
      "satisfactionSum" = "ClientSummary"."satisfactionSum" + EXCLUDED."satisfactionSum", "checkIns" = "ClientSummary"."checkIns" + EXCLUDED."checkIns";
  ELSE
    UPDATE "ClientSummary" s SET "satisfactionSum" = s."satisfactionSum" - x.score, "checkIns" = s."checkIns" - x.n
      FROM (SELECT o."tenantId", o."clientId", sum(o."satisfaction") AS score, count(*) AS n FROM old_rows o GROUP BY o."tenantId", o."clientId") x
     WHERE s."tenantId" = x."tenantId" AND s."clientId" = x."clientId";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "client_summary_booking_insert" AFTER INSERT ON "Booking" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "client_summary_on_booking"();
CREATE TRIGGER "client_summary_booking_update" AFTER UPDATE ON "Booking" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "client_summary_on_booking"();
CREATE TRIGGER "client_summary_booking_delete" AFTER DELETE ON "Booking" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "client_summary_on_booking"();
CREATE TRIGGER "client_summary_payment_insert" AFTER INSERT ON "PaymentRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "client_summary_on_payment"();
CREATE TRIGGER "client_summary_payment_update" AFTER UPDATE ON "PaymentRecord" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "client_summary_on_payment"();
CREATE TRIGGER "client_summary_payment_delete" AFTER DELETE ON "PaymentRecord" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "client_summary_on_payment"();
CREATE TRIGGER "client_summary_check_in_insert" AFTER INSERT ON "CheckIn" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "client_summary_on_check_in"();
CREATE TRIGGER "client_summary_check_in_update" AFTER UPDATE ON "CheckIn" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "client_summary_on_check_in"();
CREATE TRIGGER "client_summary_check_in_delete" AFTER DELETE ON "CheckIn" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "client_summary_on_check_in"();

-- The figures of the clients there already are.
INSERT INTO "ClientSummary" ("tenantId", "clientId", "visits", "lastVisitAt", "spendMinor", "satisfactionSum", "checkIns")
SELECT c."tenantId", c."id", coalesce(v."visits", 0), v."lastVisitAt", coalesce(m."spendMinor", 0), coalesce(k."satisfactionSum", 0), coalesce(k."checkIns", 0)
FROM "Client" c
LEFT JOIN (
  SELECT "tenantId", "clientId", count(*) AS "visits", max("startsAt") AS "lastVisitAt" FROM "Booking" WHERE "status" = 'COMPLETED' GROUP BY "tenantId", "clientId"
) v ON v."tenantId" = c."tenantId" AND v."clientId" = c."id"
LEFT JOIN (
  SELECT b."tenantId", b."clientId", sum("client_summary_payment_minor"(p."kind", p."status", p."amountMinor")) AS "spendMinor"
  FROM "PaymentRecord" p JOIN "Booking" b ON b."tenantId" = p."tenantId" AND b."id" = p."bookingId" GROUP BY b."tenantId", b."clientId"
) m ON m."tenantId" = c."tenantId" AND m."clientId" = c."id"
LEFT JOIN (
  SELECT "tenantId", "clientId", sum("satisfaction") AS "satisfactionSum", count(*) AS "checkIns" FROM "CheckIn" GROUP BY "tenantId", "clientId"
) k ON k."tenantId" = c."tenantId" AND k."clientId" = c."id"
WHERE v."visits" IS NOT NULL OR m."spendMinor" IS NOT NULL OR k."checkIns" IS NOT NULL;
