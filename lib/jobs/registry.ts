import type { AnyJob } from "./define-job";
import { BOOKED_EMAIL_JOBS, CANCELLED_EMAIL_JOBS } from "./booking-email-jobs";

// Every job the app runs; the queue is created for each, and workers serve each.
export const JOBS: readonly AnyJob[] = [...BOOKED_EMAIL_JOBS, ...CANCELLED_EMAIL_JOBS];
