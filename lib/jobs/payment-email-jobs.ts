import { ConcernDecidedEmail, PaymentDeclinedEmail, PaymentNeedsYouEmail, PaymentReceivedEmail, SessionReceiptEmail } from "@/lib/notifications/payment-emails";
import { bookingEmailJob } from "./booking-email-jobs";

// The client's payment emails, each its own job enqueued with the change it reports.

export const sendSessionReceiptJob = bookingEmailJob("payments.send-receipt", {
  to: (d) => d.client.email,
  subject: (d) => `Your receipt from ${d.salon.name}`,
  body: (d) => SessionReceiptEmail({ data: d }),
});

export const sendPaymentReceivedJob = bookingEmailJob("payments.send-paid", {
  to: (d) => d.client.email,
  subject: (d) => `Paid: ${d.serviceName} at ${d.salon.name}`,
  body: (d) => PaymentReceivedEmail({ data: d }),
});

export const sendPaymentNeedsYouJob = bookingEmailJob("payments.send-action-required", {
  to: (d) => d.client.email,
  subject: (d) => `Please confirm your payment to ${d.salon.name}`,
  body: (d) => PaymentNeedsYouEmail({ data: d }),
});

export const sendPaymentDeclinedJob = bookingEmailJob("payments.send-declined", {
  to: (d) => d.client.email,
  subject: (d) => `Your card was declined: ${d.salon.name}`,
  body: (d) => PaymentDeclinedEmail({ data: d }),
});

export const sendConcernDecidedJob = bookingEmailJob("payments.send-concern-decided", {
  to: (d) => d.client.email,
  subject: (d) => `About your ${d.serviceName}: ${d.salon.name} replied`,
  body: (d) => ConcernDecidedEmail({ data: d }),
});

export const PAYMENT_EMAIL_JOBS = [sendSessionReceiptJob, sendPaymentReceivedJob, sendPaymentNeedsYouJob, sendPaymentDeclinedJob, sendConcernDecidedJob];
