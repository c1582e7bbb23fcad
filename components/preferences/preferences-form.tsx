"use client";

import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { savePreferencesAction } from "@/lib/actions/preferences";
import { BODY_REGION_LABELS, GOAL_LABELS, PRESSURE_LABELS, SCENT_LABELS, SOUND_LABELS, TALKING_LABELS, TEMPERATURE_LABELS } from "@/lib/preferences/options";
import { HEALTH_CONSENT_TEXT, type TSessionPreferences } from "@/lib/preferences/schema";
import { failureOf, type FormState } from "@/lib/server/action-result";
import { ChoiceGroup, optionsOf } from "./choice-group";

type Props = {
  link: { salon: string; booking: string; token: string };
  defaults: Partial<TSessionPreferences> | null;
  healthNotes: string | null;
  /** Whether this form may keep the answers on the client's profile (they proved who they are). */
  rememberByDefault: boolean;
};

export function PreferencesForm({ link, defaults, healthNotes, rememberByDefault }: Props) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(savePreferencesAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const failure = failureOf(state);
  const errors = failure?.fieldErrors ?? {};
  // After a refused save, show what was posted, not the stored answers.
  const one = (name: string, stored: string | number | undefined) => (failure ? (failure.values?.[name] ?? "") : stored === undefined ? "" : String(stored));
  const many = (name: string, stored: readonly string[] | undefined) => (failure ? (failure.lists?.[name] ?? (failure.values?.[name] ? [failure.values[name]] : [])) : (stored ?? []));

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, input[aria-invalid="true"], textarea[aria-invalid="true"]')?.focus();
  }, [state]);

  return (
    <form ref={formRef} action={formAction} noValidate aria-label="Your session preferences" className="space-y-8">
      {Object.entries(link).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure && <Alert tone="error" title={failure.message} />}

      <section aria-labelledby="goal-heading" className="space-y-4">
        <h2 id="goal-heading" className="text-lg font-semibold text-stone-900">
          Where would you like this session to take you?
        </h2>
        <ChoiceGroup name="goal" legend="I come for" options={optionsOf(GOAL_LABELS)} selected={[one("goal", defaults?.goal)]} errors={errors.goal} columns={2} />
        <Field name="goalDetail" label="Anything to add about your goal? (optional)" hint="For example the sport you recover from, or what you'd like to feel afterwards." defaultValue={one("goalDetail", defaults?.goalDetail)} errors={errors.goalDetail} maxLength={200} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="painArea" label="Where does it hurt? (for relief from pain)" defaultValue={one("painArea", defaults?.painArea)} errors={errors.painArea} maxLength={120} />
          <Field name="painLevel" label="How strong, from 0 to 10?" type="number" inputMode="numeric" min={0} max={10} defaultValue={one("painLevel", defaults?.painLevel)} errors={errors.painLevel} />
        </div>
      </section>

      <section aria-labelledby="experience-heading" className="space-y-5">
        <h2 id="experience-heading" className="text-lg font-semibold text-stone-900">
          The room and the touch
        </h2>
        <ChoiceGroup name="sounds" legend="Sounds" noPreference options={optionsOf(SOUND_LABELS)} selected={[one("sounds", defaults?.sounds)]} errors={errors.sounds} columns={2} />
        <ChoiceGroup name="scent" legend="Scent" noPreference options={optionsOf(SCENT_LABELS)} selected={[one("scent", defaults?.scent)]} errors={errors.scent} />
        <Field name="scentOther" label="Another scent you'd like (optional)" defaultValue={one("scentOther", defaults?.scentOther)} errors={errors.scentOther} maxLength={60} />
        <ChoiceGroup name="talking" legend="Talking during the session" noPreference options={optionsOf(TALKING_LABELS)} selected={[one("talking", defaults?.talking)]} errors={errors.talking} columns={2} />
        <ChoiceGroup name="pressure" legend="Pressure" noPreference options={optionsOf(PRESSURE_LABELS)} selected={[one("pressure", defaults?.pressure)]} errors={errors.pressure} />
        <ChoiceGroup name="temperature" legend="Room temperature" noPreference options={optionsOf(TEMPERATURE_LABELS)} selected={[one("temperature", defaults?.temperature)]} errors={errors.temperature} columns={2} />
      </section>

      <section aria-labelledby="body-heading" className="space-y-5">
        <h2 id="body-heading" className="text-lg font-semibold text-stone-900">
          Your body
        </h2>
        <ChoiceGroup type="checkbox" name="focusAreas" legend="Areas to focus on" hint="Pick as many as you like." options={optionsOf(BODY_REGION_LABELS)} selected={many("focusAreas", defaults?.focusAreas)} errors={errors.focusAreas} />
        <ChoiceGroup type="checkbox" name="avoidAreas" legend="Areas to avoid" options={optionsOf(BODY_REGION_LABELS)} selected={many("avoidAreas", defaults?.avoidAreas)} errors={errors.avoidAreas} />
      </section>

      <section aria-labelledby="health-heading" className="space-y-3">
        <h2 id="health-heading" className="text-lg font-semibold text-stone-900">
          Health notes
        </h2>
        <Field
          multiline
          name="healthNotes"
          label="Anything your therapist must know? (optional)"
          hint="Pregnancy, injuries, conditions, medication, allergies (including to oils or scents)."
          rows={3}
          maxLength={1000}
          defaultValue={failure ? (failure.values?.healthNotes ?? "") : (healthNotes ?? "")}
          errors={errors.healthNotes}
        />
        <label className="flex items-start gap-3 text-sm text-stone-800">
          <input type="checkbox" name="healthConsent" defaultChecked={failure ? failure.values?.healthConsent === "on" : Boolean(healthNotes)} aria-invalid={errors.healthConsent ? true : undefined} aria-describedby={errors.healthConsent ? "healthConsent-error" : undefined} className="mt-0.5 size-5 accent-brand-700" />
          <span>{HEALTH_CONSENT_TEXT}</span>
        </label>
        {errors.healthConsent && (
          <p id="healthConsent-error" className="text-sm font-medium text-rose-800">
            {errors.healthConsent[0]}
          </p>
        )}
      </section>

      <label className="flex items-start gap-3 rounded-xl bg-stone-50 p-4 text-sm text-stone-800">
        <input type="checkbox" name="remember" defaultChecked={failure ? failure.values?.remember === "on" : rememberByDefault} className="mt-0.5 size-5 accent-brand-700" />
        <span>
          <strong className="block text-stone-900">Remember these for my next visits</strong>
          Next time they are filled in for you, and you can change them for any session.
        </span>
      </label>

      <Button type="submit" size="lg" block pending={pending}>
        {pending ? "Saving…" : "Save my preferences"}
      </Button>
    </form>
  );
}
