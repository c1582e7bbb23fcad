import { AlertIcon } from "@/components/ui/icons";
import { cx } from "@/components/ui/cx";

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: SelectOption[] };

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue: string;
  /** Plain options, or groups shown as optgroups. */
  options: SelectOption[] | SelectGroup[];
  className?: string;
};

const isGroups = (options: SelectOption[] | SelectGroup[]): options is SelectGroup[] => options.length > 0 && "options" in options[0]!;

/** A labelled select with its hint and inline error wired up like Field's. */
export function SelectField({ name, label, hint, errors, defaultValue, options, className }: Props) {
  const error = errors?.[0];
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cx(
          "mt-1.5 block min-h-12 w-full rounded-xl border bg-white px-3 text-base text-stone-900 shadow-sm focus:border-brand-600 focus:outline-2 focus:outline-offset-0 focus:outline-brand-600",
          error ? "border-rose-600" : "border-stone-300",
        )}
      >
        {isGroups(options)
          ? options.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map(option)}
              </optgroup>
            ))
          : options.map(option)}
      </select>
      {error && (
        <p id={errorId} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-rose-800">
          <AlertIcon className="mt-px size-4 shrink-0" />
          {error}
        </p>
      )}
    </div>
  );
}
