-- Listening and the therapist's workspace: each salon's locale, reminder time and travel
-- buffer; mobile sessions' addresses; the client's preference profile and each booking's
-- preferences (health notes apart); therapists' session notes; check-ins after sessions;
-- private calendar feeds.

CREATE TYPE "GoalReached" AS ENUM ('YES', 'PARTLY', 'NO');

ALTER TABLE "Tenant" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en-US';
ALTER TABLE "Tenant" ADD COLUMN "reminderHoursBefore" INTEGER NOT NULL DEFAULT 24;
ALTER TABLE "Tenant" ADD COLUMN "travelBufferMinutes" INTEGER NOT NULL DEFAULT 30;
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_reminder_range" CHECK ("reminderHoursBefore" BETWEEN 1 AND 168);
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_travel_range" CHECK ("travelBufferMinutes" BETWEEN 0 AND 240);

ALTER TABLE "Booking" ADD COLUMN "visitAddress" JSONB;
ALTER TABLE "Booking" ADD COLUMN "reminderSentAt" TIMESTAMPTZ(3);

CREATE TABLE "ClientProfile" (
    "tenantId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "preferences" JSONB NOT NULL,
    "healthNotes" TEXT,
    "healthConsentAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClientProfile_pkey" PRIMARY KEY ("tenantId", "clientId")
);
ALTER TABLE "ClientProfile" ADD CONSTRAINT "ClientProfile_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClientProfile" ADD CONSTRAINT "ClientProfile_tenantId_clientId_fkey" FOREIGN KEY ("tenantId", "clientId") REFERENCES "Client"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "BookingPreferences" (
    "tenantId" UUID NOT NULL,
    "bookingId" UUID NOT NULL,
    "preferences" JSONB NOT NULL,
    "healthNotes" TEXT,
    "healthConsentAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BookingPreferences_pkey" PRIMARY KEY ("tenantId", "bookingId")
);
ALTER TABLE "BookingPreferences" ADD CONSTRAINT "BookingPreferences_tenantId_bookingId_fkey" FOREIGN KEY ("tenantId", "bookingId") REFERENCES "Booking"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SessionNote" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "bookingId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "authorUserId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionNote_pkey" PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "SessionNote_body_length" CHECK (char_length("body") BETWEEN 1 AND 2000)
);
CREATE INDEX "SessionNote_tenantId_clientId_createdAt_idx" ON "SessionNote"("tenantId", "clientId", "createdAt");
CREATE INDEX "SessionNote_tenantId_bookingId_idx" ON "SessionNote"("tenantId", "bookingId");
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_tenantId_bookingId_fkey" FOREIGN KEY ("tenantId", "bookingId") REFERENCES "Booking"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_tenantId_clientId_fkey" FOREIGN KEY ("tenantId", "clientId") REFERENCES "Client"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CheckIn" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "bookingId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "therapistId" UUID NOT NULL,
    "satisfaction" INTEGER NOT NULL,
    "goalReached" "GoalReached" NOT NULL,
    "changes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "appliedChanges" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "wishes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "CheckIn_satisfaction_range" CHECK ("satisfaction" BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX "CheckIn_tenantId_bookingId_key" ON "CheckIn"("tenantId", "bookingId");
CREATE INDEX "CheckIn_tenantId_clientId_createdAt_idx" ON "CheckIn"("tenantId", "clientId", "createdAt");
CREATE INDEX "CheckIn_tenantId_therapistId_createdAt_idx" ON "CheckIn"("tenantId", "therapistId", "createdAt");
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_tenantId_bookingId_fkey" FOREIGN KEY ("tenantId", "bookingId") REFERENCES "Booking"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_tenantId_clientId_fkey" FOREIGN KEY ("tenantId", "clientId") REFERENCES "Client"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_tenantId_therapistId_fkey" FOREIGN KEY ("tenantId", "therapistId") REFERENCES "TherapistProfile"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CalendarFeed" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "therapistId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("tenantId", "id")
);
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");
CREATE INDEX "CalendarFeed_tenantId_therapistId_idx" ON "CalendarFeed"("tenantId", "therapistId");
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_tenantId_therapistId_fkey" FOREIGN KEY ("tenantId", "therapistId") REFERENCES "TherapistProfile"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
