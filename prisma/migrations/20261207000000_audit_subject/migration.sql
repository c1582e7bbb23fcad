-- What a settings change was about when it was not the salon itself (a service, a location, a
-- member of staff), by name as it read at the time, so the change log reads "Deep tissue: price".
ALTER TABLE "AuditLog" ADD COLUMN "subject" TEXT;
