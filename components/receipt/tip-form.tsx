"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Field } from "@/components/ui/field";
import { tipAndPayAction } from "@/lib/actions/receipt";
import { failureOf, type FormState } from "@/lib/server/action-result";
import { formatMoney } from "@/lib/format/format";
import { parseMajorAmount } from "@/lib/payments/money";
import { useHydrated } from "@/components/ui/use-hydrated";

export type TipOption = { value: "none" | "15" | "18" | "20" | "custom"; label: string; amount: string; amountMinor: number };

type Props = {
  salon: string;
  bookingId: string;
  token: string;
  options: TipOption[];
  selected: TipOption["value"];
  customValue: string;
  /** The balance before the tip, in minor units. */
  balanceMinor: number;
  currency: string;
  locale: string;
  /** "Pay now" on the saved card (review window), or only saving the tip. */
  canPayNow: boolean;
};

/** None, 15 %, 18 %, 20 % or an amount, with the total updating as the client chooses. */
export function TipForm({ salon, bookingId, token, options, selected, customValue, balanceMinor, currency, locale, canPayNow }: Props) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(tipAndPayAction, null);
  const failure = failureOf(state);
  const [choice, setChoice] = useState(selected);
  const [custom, setCustom] = useState(customValue);
  // Without JavaScript the amount field is always there; with it, only for "Other amount".
  const hydrated = useHydrated();
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const tipMinor = choice === "custom" ? (custom.trim() ? parseMajorAmount(custom, currency) : 0) : (options.find((o) => o.value === choice)?.amountMinor ?? 0);
  const total = balanceMinor + (tipMinor ?? 0);

  return (
    <form action={formAction} className="space-y-4" aria-labelledby="tip-heading">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="booking" value={bookingId} />
      <input type="hidden" name="token" value={token} />
      <fieldset className="space-y-2">
        <legend id="tip-heading" className="font-semibold text-stone-900">
          Add a tip for your therapist
        </legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {options.map((option) => (
            <label
              key={option.value}
              className={cx(
                "flex min-h-14 cursor-pointer flex-col items-center justify-center rounded-xl border px-2 py-2 text-center has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
                choice === option.value ? "border-brand-700 bg-brand-50 text-brand-900" : "border-stone-300 bg-white text-stone-900",
              )}
            >
              <input type="radio" name="tip" value={option.value} checked={choice === option.value} onChange={() => setChoice(option.value)} className="sr-only" />
              <span className="text-sm font-semibold">{option.label}</span>
              {option.amount && <span className="text-xs text-stone-600">{option.amount}</span>}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        name="custom"
        label="Your amount"
        hint={`In ${currency}, e.g. 12.50. Used when "Other amount" is chosen.`}
        inputMode="decimal"
        autoComplete="off"
        value={custom}
        onChange={(e) => setCustom(e.target.value)}
        onFocus={() => setChoice("custom")}
        className={hydrated && choice !== "custom" ? "hidden" : undefined}
      />
      <p className="text-sm text-stone-800" aria-live="polite" data-testid="tip-total">
        {tipMinor === null ? "Enter an amount like 12.50." : `Total to pay: ${money(total)}${tipMinor > 0 ? ` (including a ${money(tipMinor)} tip)` : ""}`}
      </p>
      {failure && <Alert tone="error" title="That didn't work">{failure.message}</Alert>}
      <div className="flex flex-col gap-2 sm:flex-row">
        {canPayNow && (
          <Button type="submit" name="intent" value="pay" size="lg" pending={pending}>
            {pending ? "Paying…" : `Pay ${money(total)} now`}
          </Button>
        )}
        <Button type="submit" name="intent" value="save" variant={canPayNow ? "secondary" : "primary"} size="lg" disabled={pending}>
          Save tip
        </Button>
      </div>
    </form>
  );
}
