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

export const expireHoldJob = defineJob({
  name: "payments.expire-hold",
  payload: ZBookingRefSchema,
  retryLimit: 10,
  retryDelaySeconds: 15,
  async handler(ref) {
    await expireHold(ref);
  },
});

/** When the review window ends: the balance and tip on the saved card. */
export const chargeBalanceJob = defineJob({
  name: "payments.charge-balance",
  payload: ZBookingRefSchema,
  retryLimit: 8,
  retryDelaySeconds: 30,
  async handler(ref) {
    await chargeBalance({ ...ref, trigger: "review-ended" });
  },
});

export const retryChargeJob = defineJob({
  name: "payments.retry-charge",
  payload: ZBookingRefSchema,
  retryLimit: 8,
  retryDelaySeconds: 30,
  async handler(ref) {
    await chargeBalance({ ...ref, trigger: "retry" });
  },
});

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

export const refundDepositJob = defineJob({
  name: "payments.refund-deposit",
  payload: ZBookingRefSchema,
  retryLimit: 8,
  retryDelaySeconds: 30,
  async handler(ref) {
    await refundDeposit(ref);
  },
});

/** What a balance charge's outcome enqueues, by outcome. */
export const balanceChargeJobs = {
  paid: [sendPaymentReceivedJob],
  retry: retryChargeJob,
  failed: { ACTION_REQUIRED: [sendPaymentNeedsYouJob], RETRY_SCHEDULED: [sendPaymentDeclinedJob], OWED: [sendPaymentDeclinedJob] },
};

export const PAYMENT_JOBS = [expireHoldJob, chargeBalanceJob, retryChargeJob, chargeFeeJob, refundDepositJob];
