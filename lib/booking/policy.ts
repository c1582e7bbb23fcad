import { z } from "zod";

// What the client agreed to at booking time, kept on the booking as a snapshot.
export const ZPolicySnapshotSchema = z.object({
  cancellationNoticeHours: z.number().int().nonnegative(),
  summary: z.string(),
});
export type TPolicySnapshot = z.infer<typeof ZPolicySnapshotSchema>;

export function cancellationPolicyText(noticeHours: number): string {
  if (noticeHours === 0) return "You can cancel free of charge at any time before your appointment.";
  const window = noticeHours % 24 === 0 ? `${noticeHours / 24} day${noticeHours === 24 ? "" : "s"}` : `${noticeHours} hours`;
  return `Free cancellation up to ${window} before your appointment. Later cancellations and missed appointments may be charged under the salon's policy.`;
}

export function policySnapshot(tenant: { cancellationNoticeHours: number }): TPolicySnapshot {
  return { cancellationNoticeHours: tenant.cancellationNoticeHours, summary: cancellationPolicyText(tenant.cancellationNoticeHours) };
}

/** Whether a cancellation at `now` is inside the free-cancellation window. */
export function isFreeCancellation(startsAt: Date, noticeHours: number, now: Date): boolean {
  return startsAt.getTime() - now.getTime() >= noticeHours * 3_600_000;
}
