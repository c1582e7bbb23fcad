import { z } from "zod";
import { singleLineText } from "@/lib/validation/text";
import { isSupportedLocale, localeLabel, timeZoneField } from "./regional";

// The salon's profile as the owner edits it: its name and tagline (the public pages' header),
// a phone number for clients, the locale its pages and emails are formatted in, and the zone
// the staff's calendar runs in. The public slug is not editable: links already sent keep working.

/** An optional one-line text: blank (or absent) is none. */
export function optionalLine(max: number, tooLong: string) {
  return z.preprocess((v) => v ?? "", singleLineText().max(max, tooLong)).transform((v) => (v === "" ? null : v));
}

export const ZSalonPhoneSchema = z.preprocess(
  (v) => v ?? "",
  singleLineText()
    .max(32, "Phone number is too long (32 characters at most)")
    .refine((v) => v === "" || (/^\+?[0-9 ()./-]{7,}$/.test(v) && (v.match(/\d/g) ?? []).length >= 7), "Please enter a valid phone number, e.g. +1 212-555-0100"),
).transform((v) => (v === "" ? null : v));

export const ZSalonProfileSchema = z.object({
  name: singleLineText().min(2, "Please enter the salon's name").max(80, "Name is too long (80 characters at most)"),
  tagline: optionalLine(140, "Tagline is too long (140 characters at most)"),
  phone: ZSalonPhoneSchema,
  locale: z.string({ error: "Choose a locale" }).refine((v): boolean => isSupportedLocale(v), "Choose a locale from the list"),
  timeZone: timeZoneField(),
});
export type TSalonProfile = z.infer<typeof ZSalonProfileSchema>;

export const SALON_PROFILE_LABELS: Record<keyof TSalonProfile, string> = {
  name: "Name",
  tagline: "Tagline",
  phone: "Phone",
  locale: "Locale",
  timeZone: "Time zone",
};

/** A salon's profile fields as a tenant row holds them. */
export function salonProfileOf(tenant: { name: string; tagline: string | null; phone: string | null; locale: string; timeZone: string }): TSalonProfile {
  return { name: tenant.name, tagline: tenant.tagline, phone: tenant.phone, locale: tenant.locale, timeZone: tenant.timeZone };
}

/** The profile as the change log shows it: the locale by name. */
export function salonProfileDisplay(profile: TSalonProfile): Record<keyof TSalonProfile, string | null> {
  return { ...profile, locale: `${localeLabel(profile.locale)} (${profile.locale})` };
}
