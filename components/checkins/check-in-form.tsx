"use client";

import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ChoiceGroup, optionsOf } from "@/components/preferences/choice-group";
import { submitCheckInAction } from "@/lib/actions/check-in";
import { CHANGE_LABELS, CHANGES, GOAL_REACHED_LABELS } from "@/lib/checkins/schema";
import { BODY_REGION_LABELS, SCENT_LABELS, SOUND_LABELS } from "@/lib/preferences/options";
import { failureOf, type FormState } from "@/lib/server/action-result";

const SCORES = [
  { value: "1", label: "1 · Poor" },
  { value: "2", label: "2 · Fair" },
  { value: "3", label: "3 · Good" },
  { value: "4", label: "4 · Very good" },
  { value: "5", label: "5 · Wonderful" },
];

type Props = { link: { salon: string; booking: string; token: string }; goalLabel: string | null };

export function CheckInForm({ link, goalLabel }: Props) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(submitCheckInAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const failure = failureOf(state);
  const errors = failure?.fieldErrors ?? {};
  const one = (name: string) => failure?.values?.[name] ?? "";
  const many = (name: string) => failure?.lists?.[name] ?? (failure?.values?.[name] ? [failure.values[name]] : []);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')?.focus();
  }, [state]);

  return (
    <form ref={formRef} action={formAction} noValidate aria-label="Check-in" className="space-y-7">
      {Object.entries(link).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure && <Alert tone="error" title={failure.message} />}
      <ChoiceGroup name="satisfaction" legend="How satisfied are you with your session?" options={SCORES} selected={[one("satisfaction")]} errors={errors.satisfaction} />
      <ChoiceGroup name="goalReached" legend={goalLabel ? `Did we reach your goal (${goalLabel.toLowerCase()})?` : "Did we reach your goal?"} options={optionsOf(GOAL_REACHED_LABELS)} selected={[one("goalReached")]} errors={errors.goalReached} />

      <fieldset aria-describedby="changes-hint" aria-invalid={errors.changes || errors.remember ? true : undefined}>
        <legend className="text-sm font-semibold text-stone-900">Is there anything you would like different next time?</legend>
        <p id="changes-hint" className="mt-0.5 text-sm text-stone-600">
          Tick what you would change. &ldquo;Use next time&rdquo; keeps it in your preferences for your next booking.
        </p>
        <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200">
          {CHANGES.map((change) => (
            <li key={change} className="grid grid-cols-[1fr_auto] items-center gap-2 px-3 py-1">
              <label className="flex min-h-11 items-center gap-2 text-sm text-stone-900">
                <input type="checkbox" name="changes" value={change} defaultChecked={many("changes").includes(change)} className="size-5 accent-brand-700" />
                {CHANGE_LABELS[change]}
              </label>
              <label className="flex min-h-11 items-center gap-2 text-sm whitespace-nowrap text-stone-700">
                <input type="checkbox" name="remember" value={change} defaultChecked={many("remember").includes(change)} aria-label={`Use “${CHANGE_LABELS[change]}” next time`} className="size-5 accent-brand-700" />
                Use next time
              </label>
            </li>
          ))}
        </ul>
        {(errors.changes || errors.remember) && <p className="mt-1.5 text-sm font-medium text-rose-800">{(errors.changes ?? errors.remember)![0]}</p>}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <Select name="soundsInstead" label="Other music: which?" options={optionsOf(SOUND_LABELS)} value={one("soundsInstead")} />
        <Select name="scentInstead" label="Another scent: which?" options={optionsOf(SCENT_LABELS)} value={one("scentInstead")} />
        <Select name="moreTimeArea" label="More time on which area?" options={optionsOf(BODY_REGION_LABELS)} value={one("moreTimeArea")} errors={errors.moreTimeArea} />
      </div>

      <Field multiline name="wishes" label="Anything else for next time? (optional)" rows={3} maxLength={1000} defaultValue={one("wishes")} errors={errors.wishes} />
      <Button type="submit" size="lg" block pending={pending}>
        {pending ? "Sending…" : "Send my check-in"}
      </Button>
    </form>
  );
}

function Select({ name, label, options, value, errors }: { name: string; label: string; options: { value: string; label: string }[]; value: string; errors?: string[] }) {
  const error = errors?.[0];
  return (
    <div>
      <label htmlFor={`field-${name}`} className="block text-sm font-semibold text-stone-900">
        {label}
      </label>
      <select
        id={`field-${name}`}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `field-${name}-error` : undefined}
        className="mt-1.5 block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 text-base text-stone-900"
      >
        <option value="">Not needed</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`field-${name}-error`} className="mt-1.5 text-sm font-medium text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}
