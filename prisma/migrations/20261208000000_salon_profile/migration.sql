-- The salon's phone number, set by the owner on the salon profile and shown on its public pages.
ALTER TABLE "Tenant" ADD COLUMN "phone" TEXT;
