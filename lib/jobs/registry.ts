import type { AnyJob } from "./define-job";
import { BOOKED_EMAIL_JOBS, CANCELLED_EMAIL_JOBS } from "./booking-email-jobs";
import { MOVED_AWAY_EMAIL_JOB, MOVED_EMAIL_JOBS } from "./booking-moved-email-jobs";
import { DEPOSIT_REQUEST_JOBS } from "./deposit-request-jobs";
import { PAYMENT_EMAIL_JOBS } from "./payment-email-jobs";
import { PAYMENT_JOBS } from "./payment-jobs";
import { REMINDER_JOBS } from "./reminder-jobs";
import { STAFF_INVITATION_JOBS } from "./staff-invitation-jobs";

// Every job the app runs; the queue is created for each, and workers serve each.
export const JOBS: readonly AnyJob[] = [...BOOKED_EMAIL_JOBS, ...CANCELLED_EMAIL_JOBS, ...MOVED_EMAIL_JOBS, MOVED_AWAY_EMAIL_JOB, ...DEPOSIT_REQUEST_JOBS, ...PAYMENT_EMAIL_JOBS, ...PAYMENT_JOBS, ...REMINDER_JOBS, ...STAFF_INVITATION_JOBS];
