// What happens after an off-session charge fails. Pure, so the schedule is table-tested.

export type ChargeFailure = { kind: "authentication_required" } | { kind: "declined"; code: string | null; message: string };

/** Retries of a declined card, counted from the first decline: after 1 day, then after 3 days. */
export const RETRY_AFTER_DAYS = [1, 3] as const;
const DAY_MS = 86_400_000;

export type FailurePlan =
  | { status: "ACTION_REQUIRED" }
  | { status: "RETRY_SCHEDULED"; nextChargeAt: Date }
  | { status: "OWED" };

/**
 * `declinesSoFar` counts this one. A card that needs the client to authenticate cannot succeed
 * off-session however often we retry: the client gets a pay link instead.
 */
export function planAfterFailure(failure: ChargeFailure, declinesSoFar: number, firstDeclineAt: Date): FailurePlan {
  if (failure.kind === "authentication_required") return { status: "ACTION_REQUIRED" };
  const days = RETRY_AFTER_DAYS[declinesSoFar - 1];
  if (days === undefined) return { status: "OWED" };
  return { status: "RETRY_SCHEDULED", nextChargeAt: new Date(firstDeclineAt.getTime() + days * DAY_MS) };
}
