import { z } from "zod";
import { expireHold } from "@/lib/payments/expire-hold";
import { chargeBalance } from "@/lib/payments/charges/charge-balance";
import { chargeFee } from "@/lib/payments/charges/charge-fee";
import { refundDeposit } from "@/lib/payments/refund-deposit";
import { defineJob } from "./define-job";
import { sendPaymentDeclinedJob, sendPaymentNeedsYouJob, sendPaymentReceivedJob } from "./payment-email-jobs";

// Money jobs. Each is safe to run again: the domain functions check the booking's state under a
// lock and call Stripe with idempotency keys derived from the booking (and attempt).

const ZBookingRefSchema = z.object({ tenantId: z.uuid(), bookingId: z.uuid() });

/** A money job about one booking: retried with backoff, since each run re-checks the booking's state. */
function bookingJob(name: string, handler: (ref: z.infer<typeof ZBookingRefSchema>) => Promise<unknown>, { retryLimit = 8, retryDelaySeconds = 30 } = {}) {
  return defineJob({
    name,
    payload: ZBookingRefSchema,
    retryLimit,
    retryDelaySeconds,
    async handler(ref) {
      await handler(ref);
    },
  });
}

export const expireHoldJob = bookingJob("payments.expire-hold", (ref) => expireHold(ref), { retryLimit: 10, retryDelaySeconds: 15 });

/** When the review window ends: the balance and tip on the saved card. */
export const chargeBalanceJob = bookingJob("payments.charge-balance", (ref) => chargeBalance({ ...ref, trigger: "review-ended" }));

export const retryChargeJob = bookingJob("payments.retry-charge", (ref) => chargeBalance({ ...ref, trigger: "retry" }));

export const ZFeeJobSchema = ZBookingRefSchema.extend({ kind: z.enum(["LATE_CANCEL_FEE", "NO_SHOW_FEE"]) });

export const chargeFeeJob = defineJob({
  name: "payments.charge-fee",
  payload: ZFeeJobSchema,
  retryLimit: 8,
  retryDelaySeconds: 30,
  async handler(payload) {
    await chargeFee(payload);
  },
});

export const refundDepositJob = bookingJob("payments.refund-deposit", (ref) => refundDeposit(ref));

/** What a balance charge's outcome enqueues, by outcome. */
export const balanceChargeJobs = {
  paid: [sendPaymentReceivedJob],
  retry: retryChargeJob,
  failed: { ACTION_REQUIRED: [sendPaymentNeedsYouJob], RETRY_SCHEDULED: [sendPaymentDeclinedJob], OWED: [sendPaymentDeclinedJob] },
};

export const PAYMENT_JOBS = [expireHoldJob, chargeBalanceJob, retryChargeJob, chargeFeeJob, refundDepositJob];
