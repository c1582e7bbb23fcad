-- Revocable sessions, shared rate limits, and bookings that keep their own contact details
-- and an idempotency key.

CREATE TYPE "SignInMethod" AS ENUM ('PASSWORD', 'EMAIL_LINK');

CREATE TABLE "AuthSession" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "method" "SignInMethod" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idleExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "absoluteExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "userAgent" TEXT,
    "ipAddress" TEXT,
    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3),
    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

ALTER TABLE "Booking" ADD COLUMN "contactName" TEXT;
ALTER TABLE "Booking" ADD COLUMN "contactEmail" TEXT;
ALTER TABLE "Booking" ADD COLUMN "contactPhone" TEXT;
ALTER TABLE "Booking" ADD COLUMN "idempotencyKey" TEXT;
UPDATE "Booking" AS b
   SET "contactName" = c."name", "contactEmail" = c."email", "contactPhone" = c."phone"
  FROM "Client" AS c
 WHERE c."tenantId" = b."tenantId" AND c."id" = b."clientId";
ALTER TABLE "Booking" ALTER COLUMN "contactName" SET NOT NULL;
ALTER TABLE "Booking" ALTER COLUMN "contactEmail" SET NOT NULL;
ALTER TABLE "Booking" ALTER COLUMN "contactPhone" SET NOT NULL;
CREATE UNIQUE INDEX "Booking_tenantId_idempotencyKey_key" ON "Booking"("tenantId", "idempotencyKey");
