import { z } from "zod";
import { formatMoney } from "@/lib/format/format";
import { ZDepositRuleSchema, type TDepositRule } from "@/lib/payments/deposit";

// The salon's booking policies as the owner edits them: what a booking takes up front, what a
// late cancellation or a no-show costs, and the timings around a session. Money in minor units.

const int = (min: number, max: number, what: string) => z.number({ error: `${what} must be a whole number` }).int(`${what} must be a whole number`).min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`);

export const ZPoliciesSchema = z.object({
  depositRule: ZDepositRuleSchema,
  cancellationNoticeHours: int(0, 720, "Cancellation window"),
  lateCancelFeeMinor: int(0, 100_000_000, "Late-cancellation fee"),
  noShowFeeMinor: int(0, 100_000_000, "No-show fee"),
  reviewWindowHours: int(1, 168, "Review window"),
  reminderHoursBefore: int(1, 168, "Reminder time"),
  travelBufferMinutes: int(0, 240, "Travel buffer"),
  bookingHorizonDays: int(1, 365, "Booking horizon"),
  minNoticeMinutes: int(0, 10_080, "Minimum notice"),
});
export type TPolicies = z.infer<typeof ZPoliciesSchema>;
export type PolicyField = keyof TPolicies;

export const POLICY_FIELDS = Object.keys(ZPoliciesSchema.shape) as PolicyField[];

export const POLICY_LABELS: Record<PolicyField, string> = {
  depositRule: "Deposit",
  cancellationNoticeHours: "Cancellation window",
  lateCancelFeeMinor: "Late-cancellation fee",
  noShowFeeMinor: "No-show fee",
  reviewWindowHours: "Review window",
  reminderHoursBefore: "Reminder",
  travelBufferMinutes: "Travel buffer",
  bookingHorizonDays: "Booking horizon",
  minNoticeMinutes: "Minimum notice",
};

/** The policy fields of a tenant row (its stored deposit rule parsed; one that no longer parses reads as none). */
export function policiesOf(tenant: { [K in PolicyField]: K extends "depositRule" ? unknown : number }): TPolicies {
  const rule = ZDepositRuleSchema.safeParse(tenant.depositRule);
  return {
    depositRule: rule.success ? rule.data : { kind: "none" },
    cancellationNoticeHours: tenant.cancellationNoticeHours,
    lateCancelFeeMinor: tenant.lateCancelFeeMinor,
    noShowFeeMinor: tenant.noShowFeeMinor,
    reviewWindowHours: tenant.reviewWindowHours,
    reminderHoursBefore: tenant.reminderHoursBefore,
    travelBufferMinutes: tenant.travelBufferMinutes,
    bookingHorizonDays: tenant.bookingHorizonDays,
    minNoticeMinutes: tenant.minNoticeMinutes,
  };
}

export function describeDepositRule(rule: TDepositRule, currency: string, locale: string): string {
  switch (rule.kind) {
    case "none":
      return "No deposit";
    case "fixed":
      return `${formatMoney(rule.amountMinor, currency, locale)} deposit`;
    case "percent":
      return `${rule.basisPoints / 100}% of the price`;
  }
}

/** One field's value as the owner reads it in the audit log. */
export function describePolicyValue(field: PolicyField, value: unknown, currency: string, locale: string): string {
  if (field === "depositRule") {
    const rule = ZDepositRuleSchema.safeParse(value);
    return rule.success ? describeDepositRule(rule.data, currency, locale) : "—";
  }
  if (typeof value !== "number") return "—";
  if (field === "lateCancelFeeMinor" || field === "noShowFeeMinor") return formatMoney(value, currency, locale);
  if (field === "travelBufferMinutes" || field === "minNoticeMinutes") return `${value} min`;
  if (field === "bookingHorizonDays") return `${value} day${value === 1 ? "" : "s"}`;
  return `${value} h`;
}
