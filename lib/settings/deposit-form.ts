import { minorUnitDigits, parseMajorAmount, toMajorString } from "@/lib/payments/money";
import type { TDepositRule } from "@/lib/payments/deposit";

// The deposit rule as a form asks for it (the policies page, and each service's override): a
// kind, an amount in major units of the salon's currency ("20.00", "2000" for JPY) and a share
// of the price as a percentage ("12.5"). Only the field of the chosen kind is read.

export type DepositFormFields = { depositKind: string; depositAmount: string; depositPercent: string };

/** "Enter an amount in USD, like 20.00" (JPY: "like 20"). */
export function amountMessage(currency: string): string {
  return `Enter an amount in ${currency}, like ${toMajorString(20 * 10 ** minorUnitDigits(currency), currency)}`;
}

/** "12.5" → 1250 basis points; null when it is not a percentage with at most two decimals. */
export function percentToBasisPoints(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  return match ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : null;
}

/**
 * The posted deposit fields as a rule ("none", "fixed" or "percent"; other kinds are the caller's
 * to handle). Unreadable amounts are added to `errors` under the form's field names; the domain
 * schema checks the ranges.
 */
export function depositRuleFromForm(form: DepositFormFields, currency: string, errors: Record<string, string[]>): TDepositRule {
  if (form.depositKind === "fixed") {
    const amountMinor = parseMajorAmount(form.depositAmount, currency);
    if (amountMinor === null) errors.depositAmount = [amountMessage(currency)];
    return { kind: "fixed", amountMinor: amountMinor ?? 0 };
  }
  if (form.depositKind === "percent") {
    const basisPoints = percentToBasisPoints(form.depositPercent);
    if (basisPoints === null) errors.depositPercent = ["Enter a percentage, like 20"];
    return { kind: "percent", basisPoints: basisPoints ?? 0 };
  }
  return { kind: "none" };
}

/** A stored rule as the form's fields (`null`, a service that follows the salon, as kind "salon"). */
export function depositFormValues(rule: TDepositRule | null, currency: string): DepositFormFields {
  if (rule === null) return { depositKind: "salon", depositAmount: "", depositPercent: "" };
  return {
    depositKind: rule.kind,
    depositAmount: rule.kind === "fixed" ? toMajorString(rule.amountMinor, currency) : "",
    depositPercent: rule.kind === "percent" ? String(rule.basisPoints / 100) : "",
  };
}

/** Where a domain deposit error shows on the form. */
export const DEPOSIT_FORM_FIELD_OF: Record<string, string> = {
  "depositRule.amountMinor": "depositAmount",
  "depositRule.basisPoints": "depositPercent",
  depositRule: "depositKind",
};
