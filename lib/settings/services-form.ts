import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseMajorAmount, toMajorString } from "@/lib/payments/money";
import { checkbox, checkboxList } from "@/lib/validation/form-fields";
import type { Tenant } from "@/lib/generated/prisma/client";
import { amountMessage, DEPOSIT_FORM_FIELD_OF, depositFormValues, depositRuleFromForm } from "./deposit-form";
import { describeDepositRule, policiesOf } from "./policies";
import { LOCATION_TYPES, type TServiceInput } from "./service-fields";
import type { SettingsService } from "./services";

// The service form as posted: text fields, the price in major units of the salon's currency
// ("95.00", "9500" for JPY), minutes as typed, the deposit override's kind ("salon" follows the
// salon's policy), the therapists ticked. Turned into a service here; the domain checks ranges.

export const ZServiceFormSchema = z.object({
  salon: z.string(),
  /** The service being edited; absent when adding one. */
  service: z.string().optional(),
  name: z.string().default(""),
  description: z.string().default(""),
  durationMinutes: z.string().default(""),
  price: z.string().default(""),
  bufferBeforeMinutes: z.string().default(""),
  bufferAfterMinutes: z.string().default(""),
  depositKind: z.enum(["salon", "none", "fixed", "percent"], { error: "Choose a deposit" }),
  depositAmount: z.string().default(""),
  depositPercent: z.string().default(""),
  locationType: z.enum(LOCATION_TYPES, { error: "Choose studio or mobile" }),
  therapistIds: checkboxList(),
  active: checkbox(),
});
export type TServiceForm = z.infer<typeof ZServiceFormSchema>;

export const ZMoveServiceFormSchema = z.object({
  salon: z.string(),
  service: z.string(),
  direction: z.enum(["up", "down"], { error: "Choose up or down" }),
});

/** Where a domain field's error shows on the form. */
const FORM_FIELD_OF: Record<string, string> = { ...DEPOSIT_FORM_FIELD_OF, priceCents: "price" };

/** Minutes as typed: a whole number, or NaN (an empty buffer is 0). */
function minutes(text: string, emptyIsZero: boolean): number {
  const t = text.trim();
  if (emptyIsZero && t === "") return 0;
  return /^\d{1,5}$/.test(t) ? Number(t) : NaN;
}

/** The posted form as a service for the domain, or a VALIDATION error naming the form's fields. */
export function serviceFromForm(form: TServiceForm, currency: string): TServiceInput {
  const errors: Record<string, string[]> = {};
  const priceCents = parseMajorAmount(form.price, currency);
  if (priceCents === null) errors.price = [amountMessage(currency)];
  const depositRule = form.depositKind === "salon" ? null : depositRuleFromForm(form, currency, errors);
  const service = {
    name: form.name,
    description: form.description,
    durationMinutes: minutes(form.durationMinutes, false),
    priceCents: priceCents ?? 0,
    bufferBeforeMinutes: minutes(form.bufferBeforeMinutes, true),
    bufferAfterMinutes: minutes(form.bufferAfterMinutes, true),
    depositRule,
    locationType: form.locationType,
    therapistIds: form.therapistIds,
    active: form.active,
  };
  for (const name of ["durationMinutes", "bufferBeforeMinutes", "bufferAfterMinutes"] as const) if (Number.isNaN(service[name])) errors[name] = ["Enter a whole number of minutes"];
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "Please check the highlighted fields", errors);
  return service;
}

/** A domain error's fields renamed to the form's (the price, the deposit's amount or share). */
export function withServiceFormFieldNames(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([key, messages]) => [FORM_FIELD_OF[key] ?? key, messages]));
}

export type ServiceFormValues = Omit<TServiceForm, "salon" | "service" | "active" | "therapistIds" | "depositKind" | "locationType"> & {
  depositKind: string;
  locationType: string;
  therapistIds: string[];
  active: boolean;
};

/** A stored service as the form's fields; a new service starts open for booking, 60 minutes, at the studio. */
export function serviceFormValues(service: SettingsService | null, currency: string): ServiceFormValues {
  if (!service) {
    return { name: "", description: "", durationMinutes: "60", price: "", bufferBeforeMinutes: "0", bufferAfterMinutes: "15", ...depositFormValues(null, currency), locationType: "STUDIO", therapistIds: [], active: true };
  }
  return {
    name: service.name,
    description: service.description,
    durationMinutes: String(service.durationMinutes),
    price: toMajorString(service.priceCents, currency),
    bufferBeforeMinutes: String(service.bufferBeforeMinutes),
    bufferAfterMinutes: String(service.bufferAfterMinutes),
    ...depositFormValues(service.depositRule, currency),
    locationType: service.locationType,
    therapistIds: service.therapists.map((t) => t.id),
    active: service.active,
  };
}

/** What the service form takes from the salon and the service (none when adding one): its currency, the salon's own deposit rule in words, the fields' first values. */
export function serviceFormProps(tenant: Tenant, service: SettingsService | null) {
  return {
    salon: tenant.slug,
    serviceId: service?.id,
    currency: tenant.currency,
    salonDeposit: describeDepositRule(policiesOf(tenant).depositRule, tenant.currency, tenant.locale),
    initial: serviceFormValues(service, tenant.currency),
  };
}
