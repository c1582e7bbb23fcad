import { createHmac } from "node:crypto";

/**
 * Stripe's v1 webhook signature: HMAC-SHA256 of "<timestamp>.<raw body>" keyed with the
 * endpoint secret, sent as `Stripe-Signature: t=<timestamp>,v1=<hex>`. The timestamp is real
 * wall-clock time (not the emulator's advanced clock) because receivers check it against theirs.
 */
export function signatureHeader(payload: string, secret: string, timestampSeconds: number): string {
  const v1 = createHmac("sha256", secret).update(`${timestampSeconds}.${payload}`, "utf8").digest("hex");
  return `t=${timestampSeconds},v1=${v1}`;
}
