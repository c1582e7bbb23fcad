-- Invitations to a salon's staff (settings → staff). The link's secret is stored only as its
-- SHA-256 hash. One open invitation (neither accepted nor revoked) per address and salon.

CREATE TABLE "StaffInvitation" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedByUserId" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StaffInvitation_pkey" PRIMARY KEY ("tenantId", "id")
);
CREATE UNIQUE INDEX "StaffInvitation_tokenHash_key" ON "StaffInvitation"("tokenHash");
CREATE INDEX "StaffInvitation_tenantId_createdAt_idx" ON "StaffInvitation"("tenantId", "createdAt");
CREATE UNIQUE INDEX "StaffInvitation_open_tenantId_email_key" ON "StaffInvitation"("tenantId", "email") WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL;
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
