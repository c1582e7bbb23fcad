-- Indexes for the loyalty metrics (lib/loyalty): a client's sessions in time order (first
-- visits, the next booking after a session, gaps between visits), and check-ins by date for the
-- whole salon. Measured on 100,000 sessions: rebooking 308 → 106 ms, latest wishes 21 → 1 ms.

DROP INDEX "Booking_tenantId_clientId_idx";
CREATE INDEX "Booking_tenantId_clientId_startsAt_idx" ON "Booking"("tenantId", "clientId", "startsAt");
CREATE INDEX "CheckIn_tenantId_createdAt_idx" ON "CheckIn"("tenantId", "createdAt");
