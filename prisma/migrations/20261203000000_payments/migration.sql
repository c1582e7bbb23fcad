-- Payments: each salon's policy (deposit, fees, review window) and Stripe account; slots held
-- while the client pays; what happens to the balance after the session; a ledger of payment
-- records; concerns and disputes for the owner; and every Stripe event, processed once.

CREATE TYPE "BalanceStatus" AS ENUM ('NOT_DUE', 'IN_REVIEW', 'PROCESSING', 'PAID', 'CONCERN', 'ACTION_REQUIRED', 'RETRY_SCHEDULED', 'OWED', 'WAIVED');
CREATE TYPE "PaymentKind" AS ENUM ('DEPOSIT', 'BALANCE', 'TIP', 'LATE_CANCEL_FEE', 'NO_SHOW_FEE', 'REFUND', 'DISCOUNT', 'WAIVER');
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');
CREATE TYPE "ConcernStatus" AS ENUM ('OPEN', 'RESOLVED');
CREATE TYPE "ConcernDecision" AS ENUM ('CHARGE_FULL', 'DISCOUNT', 'WAIVE');

ALTER TABLE "Tenant" ADD COLUMN "depositRule" JSONB NOT NULL DEFAULT '{"kind":"none"}';
ALTER TABLE "Tenant" ADD COLUMN "lateCancelFeeMinor" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Tenant" ADD COLUMN "noShowFeeMinor" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Tenant" ADD COLUMN "reviewWindowHours" INTEGER NOT NULL DEFAULT 24;
ALTER TABLE "Tenant" ADD COLUMN "stripeAccountId" TEXT;
ALTER TABLE "Tenant" ADD COLUMN "stripeChargesEnabled" BOOLEAN NOT NULL DEFAULT false;
CREATE UNIQUE INDEX "Tenant_stripeAccountId_key" ON "Tenant"("stripeAccountId");

ALTER TABLE "Service" ADD COLUMN "depositRule" JSONB;

ALTER TABLE "Client" ADD COLUMN "stripeCustomerId" TEXT;

ALTER TABLE "Booking" ALTER COLUMN "status" SET DEFAULT 'PENDING';
ALTER TABLE "Booking" ADD COLUMN "holdExpiresAt" TIMESTAMPTZ(3);
ALTER TABLE "Booking" ADD COLUMN "holdKey" TEXT;
ALTER TABLE "Booking" ADD COLUMN "checkoutSessionId" TEXT;
ALTER TABLE "Booking" ADD COLUMN "depositMinor" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Booking" ADD COLUMN "extrasMinor" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Booking" ADD COLUMN "tipMinor" INTEGER;
ALTER TABLE "Booking" ADD COLUMN "balanceStatus" "BalanceStatus" NOT NULL DEFAULT 'NOT_DUE';
ALTER TABLE "Booking" ADD COLUMN "completedAt" TIMESTAMPTZ(3);
ALTER TABLE "Booking" ADD COLUMN "reviewEndsAt" TIMESTAMPTZ(3);
ALTER TABLE "Booking" ADD COLUMN "chargeAttempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Booking" ADD COLUMN "nextChargeAt" TIMESTAMPTZ(3);
ALTER TABLE "Booking" ADD COLUMN "payLinkSessionId" TEXT;
ALTER TABLE "Booking" ADD COLUMN "stripeCustomerId" TEXT;
ALTER TABLE "Booking" ADD COLUMN "stripePaymentMethodId" TEXT;
ALTER TABLE "Booking" ADD COLUMN "consent" JSONB;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_money_nonnegative" CHECK ("depositMinor" >= 0 AND "extrasMinor" >= 0 AND ("tipMinor" IS NULL OR "tipMinor" >= 0));
CREATE INDEX "Booking_tenantId_holdKey_idx" ON "Booking"("tenantId", "holdKey");
CREATE INDEX "Booking_tenantId_balanceStatus_idx" ON "Booking"("tenantId", "balanceStatus");
CREATE UNIQUE INDEX "Booking_tenantId_checkoutSessionId_key" ON "Booking"("tenantId", "checkoutSessionId");

CREATE TABLE "BookingExtra" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "bookingId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL DEFAULT 0,
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BookingExtra_pkey" PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "BookingExtra_amount_nonnegative" CHECK ("amountMinor" >= 0 AND "minutes" >= 0)
);
CREATE INDEX "BookingExtra_tenantId_bookingId_idx" ON "BookingExtra"("tenantId", "bookingId");
ALTER TABLE "BookingExtra" ADD CONSTRAINT "BookingExtra_tenantId_bookingId_fkey" FOREIGN KEY ("tenantId", "bookingId") REFERENCES "Booking"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One row per movement of money (or reduction of what is owed). A charge of balance and tip is
-- one PaymentIntent and two rows, so tips stay separable.
CREATE TABLE "PaymentRecord" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "bookingId" UUID NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "status" "PaymentStatus" NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "attempt" INTEGER,
    "idempotencyKey" TEXT,
    "stripePaymentIntentId" TEXT,
    "stripeChargeId" TEXT,
    "stripeRefundId" TEXT,
    "refundOfId" UUID,
    "failureCode" TEXT,
    "failureMessage" TEXT,
    "note" TEXT,
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PaymentRecord_pkey" PRIMARY KEY ("tenantId", "id"),
    CONSTRAINT "PaymentRecord_amount_nonnegative" CHECK ("amountMinor" >= 0)
);
CREATE INDEX "PaymentRecord_tenantId_bookingId_idx" ON "PaymentRecord"("tenantId", "bookingId");
CREATE UNIQUE INDEX "PaymentRecord_tenantId_stripePaymentIntentId_kind_key" ON "PaymentRecord"("tenantId", "stripePaymentIntentId", "kind");
CREATE UNIQUE INDEX "PaymentRecord_tenantId_stripeRefundId_key" ON "PaymentRecord"("tenantId", "stripeRefundId");
CREATE UNIQUE INDEX "PaymentRecord_tenantId_idempotencyKey_kind_key" ON "PaymentRecord"("tenantId", "idempotencyKey", "kind");
ALTER TABLE "PaymentRecord" ADD CONSTRAINT "PaymentRecord_tenantId_bookingId_fkey" FOREIGN KEY ("tenantId", "bookingId") REFERENCES "Booking"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Concern" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "bookingId" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "status" "ConcernStatus" NOT NULL DEFAULT 'OPEN',
    "decision" "ConcernDecision",
    "discountMinor" INTEGER,
    "decisionNote" TEXT,
    "decidedBy" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    CONSTRAINT "Concern_pkey" PRIMARY KEY ("tenantId", "id")
);
-- A booking has at most one concern; it is decided once.
CREATE UNIQUE INDEX "Concern_tenantId_bookingId_key" ON "Concern"("tenantId", "bookingId");
CREATE INDEX "Concern_tenantId_status_idx" ON "Concern"("tenantId", "status");
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_tenantId_bookingId_fkey" FOREIGN KEY ("tenantId", "bookingId") REFERENCES "Booking"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Dispute" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "bookingId" UUID NOT NULL,
    "stripeDisputeId" TEXT NOT NULL,
    "stripeChargeId" TEXT,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "dueBy" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("tenantId", "id")
);
CREATE UNIQUE INDEX "Dispute_tenantId_stripeDisputeId_key" ON "Dispute"("tenantId", "stripeDisputeId");
CREATE INDEX "Dispute_tenantId_bookingId_idx" ON "Dispute"("tenantId", "bookingId");
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_tenantId_bookingId_fkey" FOREIGN KEY ("tenantId", "bookingId") REFERENCES "Booking"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Stripe delivers at least once and in any order: an event id is handled once.
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "account" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);
