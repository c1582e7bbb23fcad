import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseMajorAmount } from "@/lib/payments/money";
import { amountMessage, depositRuleFromForm } from "./deposit-form";
import type { TPolicies } from "./policies";

// The policies form as posted: text fields, money in major units of the salon's currency
// ("20.00"), the deposit share as a percentage ("12.5"). Turned into TPolicies here; the
// domain function validates the ranges.

export const ZPoliciesFormSchema = z.object({
  salon: z.string(),
  depositKind: z.enum(["none", "fixed", "percent"], { error: "Choose a deposit rule" }),
  depositAmount: z.string().default(""),
  depositPercent: z.string().default(""),
  cancellationNoticeHours: z.string(),
  lateCancelFee: z.string(),
  noShowFee: z.string(),
  reviewWindowHours: z.string(),
  reminderHoursBefore: z.string(),
  travelBufferMinutes: z.string(),
  bookingHorizonDays: z.string(),
  minNoticeMinutes: z.string(),
});
export type TPoliciesForm = z.infer<typeof ZPoliciesFormSchema>;

/** Where a domain field's error shows on the form. */
export const FORM_FIELD_OF: Record<string, string> = {
  "depositRule.amountMinor": "depositAmount",
  "depositRule.basisPoints": "depositPercent",
  lateCancelFeeMinor: "lateCancelFee",
  noShowFeeMinor: "noShowFee",
};

const wholeNumber = (text: string) => (/^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** The posted form as policies, or a VALIDATION error naming the form's fields. */
export function policiesFromForm(form: TPoliciesForm, currency: string): TPolicies {
  const errors: Record<string, string[]> = {};
  const money = (name: "lateCancelFee" | "noShowFee", text: string) => {
    if (text.trim() === "") return 0;
    const minor = parseMajorAmount(text, currency);
    if (minor === null) errors[name] = [amountMessage(currency)];
    return minor ?? 0;
  };
  const depositRule = depositRuleFromForm(form, currency, errors);
  const policies = {
    depositRule,
    lateCancelFeeMinor: money("lateCancelFee", form.lateCancelFee),
    noShowFeeMinor: money("noShowFee", form.noShowFee),
    cancellationNoticeHours: wholeNumber(form.cancellationNoticeHours),
    reviewWindowHours: wholeNumber(form.reviewWindowHours),
    reminderHoursBefore: wholeNumber(form.reminderHoursBefore),
    travelBufferMinutes: wholeNumber(form.travelBufferMinutes),
    bookingHorizonDays: wholeNumber(form.bookingHorizonDays),
    minNoticeMinutes: wholeNumber(form.minNoticeMinutes),
  };
  for (const [name, value] of Object.entries(policies)) if (typeof value === "number" && Number.isNaN(value)) errors[name] = ["Enter a whole number"];
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "Please check the highlighted fields", errors);
  return policies;
}

/** A domain VALIDATION error's fields renamed to the form's. */
export function withFormFieldNames(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([key, messages]) => [FORM_FIELD_OF[key] ?? key, messages]));
}
