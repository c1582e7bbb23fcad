import { Field } from "@/components/ui/field";
import type { DepositFormFields } from "@/lib/settings/deposit-form";

// The deposit rule's fields, shared by the salon's policies and each service's override: a kind
// (radios) and both amount fields, always shown, so the form works without JavaScript and the
// saved rule shows again after React resets the form (the radios are uncontrolled).

export type DepositKindOption = { value: string; label: string };

export const DEPOSIT_KINDS: readonly DepositKindOption[] = [
  { value: "none", label: "No deposit" },
  { value: "fixed", label: "A fixed amount" },
  { value: "percent", label: "A share of the price" },
];

type Props = {
  legend?: string;
  hint: string;
  currency: string;
  values: DepositFormFields;
  errors: (name: keyof DepositFormFields) => string[] | undefined;
  /** The kinds offered, in order (the policies page's three, or a service's "as the salon" first). */
  kinds?: readonly DepositKindOption[];
};

export function DepositRuleFields({ legend = "Deposit", hint, currency, values, errors, kinds = DEPOSIT_KINDS }: Props) {
  const kindError = errors("depositKind")?.[0];
  return (
    <fieldset className="space-y-3" aria-describedby={kindError ? "depositKind-error" : undefined}>
      <legend className="text-base font-semibold text-stone-900">{legend}</legend>
      <p className="text-sm text-stone-600">{hint}</p>
      <div className="flex flex-wrap gap-3">
        {kinds.map((k) => (
          <label key={k.value} className="flex min-h-11 items-center gap-2 rounded-xl border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900">
            <input type="radio" name="depositKind" value={k.value} defaultChecked={values.depositKind === k.value} />
            {k.label}
          </label>
        ))}
      </div>
      {kindError && (
        <p id="depositKind-error" className="text-sm font-medium text-rose-800">
          {kindError}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="depositAmount" label={`Fixed amount (${currency})`} hint="Used with a fixed amount" inputMode="decimal" defaultValue={values.depositAmount} errors={errors("depositAmount")} />
        <Field name="depositPercent" label="Share of the price (%)" hint="Used with a share of the price, e.g. 20" inputMode="decimal" defaultValue={values.depositPercent} errors={errors("depositPercent")} />
      </div>
    </fieldset>
  );
}
