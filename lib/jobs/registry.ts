import type { AnyJob } from "./define-job";
import { sendBookingConfirmationJob } from "./send-booking-confirmation";

// Every job the app runs; the queue is created for each, and workers serve each.
export const JOBS: readonly AnyJob[] = [sendBookingConfirmationJob];
