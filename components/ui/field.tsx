import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cx } from "./cx";
import { AlertIcon } from "./icons";

type Common = {
  /** Used for the input's id and name. */
  name: string;
  label: string;
  hint?: string;
  /** Messages from the server; the first one is shown. */
  errors?: string[];
  className?: string;
};

type InputProps = Common & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "className">;
type TextareaProps = Common & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "className">;

const CONTROL =
  "mt-1.5 block w-full rounded-xl border bg-white px-3.5 py-3 text-base text-stone-900 shadow-sm placeholder:text-stone-500 " +
  "focus:border-brand-600 focus:outline-2 focus:outline-offset-0 focus:outline-brand-600";

/** A labelled input (or textarea) with its hint and inline error wired up for assistive tech. */
export function Field(props: InputProps | TextareaProps) {
  const { name, label, hint, errors, className } = props;
  const error = errors?.[0];
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const controlClass = cx(CONTROL, error ? "border-rose-600" : "border-stone-300");
  const a11y = { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } as const;

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
      {props.multiline ? <textarea {...strip(props)} {...a11y} className={controlClass} /> : <input {...strip(props)} {...a11y} className={controlClass} />}
      {error && (
        <p id={errorId} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-rose-800">
          <AlertIcon className="mt-px size-4 shrink-0" />
          {error}
        </p>
      )}
    </div>
  );
}

function strip<T extends Common & { multiline?: boolean }>(props: T) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { name, label, hint, errors, className, multiline, ...rest } = props;
  return rest;
}
