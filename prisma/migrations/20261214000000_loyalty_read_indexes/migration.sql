-- Indexes that hold what the loyalty dashboard's queries read, so each reads only its period's
-- index entries (an index-only scan) instead of visiting rows spread over the whole table: a
-- BookingFact's rows lie in the order its client's rows were last recomputed, not by date.
-- Not declared in schema.prisma: Prisma's schema language has no INCLUDE or WHERE for an index.

-- Clients and visit interval: a period's completed sessions with the client's first and previous visit.
CREATE INDEX "BookingFact_completed_startsAt_idx" ON "BookingFact" ("tenantId", "startsAt")
  INCLUDE ("firstVisitAt", "previousVisitAt") WHERE "status" = 'COMPLETED';

-- Retention cohorts: the completed sessions of clients by their first visit (firstVisitAt is set
-- only on completed sessions, so this replaces the plain index on it).
DROP INDEX "BookingFact_tenantId_firstVisitAt_idx";
CREATE INDEX "BookingFact_completed_firstVisitAt_idx" ON "BookingFact" ("tenantId", "firstVisitAt")
  INCLUDE ("startsAt", "previousVisitAt", "clientId", "therapistId", "locationId") WHERE "status" = 'COMPLETED';

-- Satisfaction: a period's check-ins with their score, goal and therapist.
CREATE INDEX "CheckIn_tenantId_createdAt_figures_idx" ON "CheckIn" ("tenantId", "createdAt")
  INCLUDE ("therapistId", "satisfaction", "goalReached", "bookingId");
DROP INDEX "CheckIn_tenantId_createdAt_idx";

-- Utilisation: a period's sessions that take a therapist's time.
CREATE INDEX "Booking_sessions_startsAt_idx" ON "Booking" ("tenantId", "startsAt")
  INCLUDE ("endsAt", "therapistId", "locationId") WHERE "status" IN ('CONFIRMED', 'COMPLETED', 'NO_SHOW');
