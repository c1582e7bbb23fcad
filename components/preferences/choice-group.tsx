import { cx } from "@/components/ui/cx";

// A group of radio buttons or checkboxes drawn as pills: native inputs, so keyboards and
// screen readers work as they do with any form; the legend names the group.

type Option = { value: string; label: string };

type Props = {
  name: string;
  legend: string;
  hint?: string;
  options: readonly Option[];
  type?: "radio" | "checkbox";
  /** Values ticked at first (one for radios). */
  selected: readonly string[];
  errors?: string[];
  /** Radios only: offer "No preference" (an empty value) first. */
  noPreference?: boolean;
  columns?: 2 | 3 | 4;
};

export function ChoiceGroup({ name, legend, hint, options, type = "radio", selected, errors, noPreference, columns = 3 }: Props) {
  const all = noPreference && type === "radio" ? [{ value: "", label: "No preference" }, ...options] : options;
  const error = errors?.[0];
  const errorId = error ? `${name}-error` : undefined;
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-semibold text-stone-900">{legend}</legend>
      {hint && (
        <p id={hintId} className="mt-0.5 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <div className={cx("mt-2 grid gap-2", columns === 2 ? "grid-cols-2" : columns === 4 ? "grid-cols-2 sm:grid-cols-4" : "grid-cols-2 sm:grid-cols-3")}>
        {all.map((option) => (
          <label
            key={option.value === "" ? "__no-preference" : option.value}
            className={cx(
              "flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-stone-300 bg-white px-3 py-2 text-sm text-stone-800",
              "has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:font-semibold has-checked:text-brand-900",
              "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600",
            )}
          >
            <input type={type} name={name} value={option.value} defaultChecked={selected.includes(option.value)} className="size-4 accent-brand-700" />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-rose-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function optionsOf<T extends string>(labels: Record<T, string>): Option[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}
