import { z } from "zod";

// What a salon and its locations may be set to: the locales the app formats for, IANA time
// zones (as this runtime's Intl knows them) and ISO 3166-1 alpha-2 countries. Pure, so the
// forms, the domain functions and the tests share one answer.

/** The locales the salon's pages and emails are formatted in (lib/format takes any BCP 47 tag; these are the ones offered). */
export const SUPPORTED_LOCALES = [
  { code: "en-US", label: "English (United States)" },
  { code: "en-GB", label: "English (United Kingdom)" },
  { code: "en-AU", label: "English (Australia)" },
  { code: "en-CA", label: "English (Canada)" },
  { code: "en-IE", label: "English (Ireland)" },
  { code: "en-NZ", label: "English (New Zealand)" },
] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number]["code"];

export function isSupportedLocale(value: string): value is SupportedLocale {
  return SUPPORTED_LOCALES.some((l) => l.code === value);
}

/** "English (United Kingdom)" for "en-GB"; the tag itself for one not offered. */
export function localeLabel(code: string): string {
  return SUPPORTED_LOCALES.find((l) => l.code === code)?.label ?? code;
}

// A zone's name as written in the tz database: "UTC", "Europe/London", "America/Argentina/Salta",
// "Etc/GMT+5". Offsets ("+05:00"), which newer runtimes also accept as a time zone, are not names.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * The zone's canonical IANA name ("america/new_york" and "US/Eastern" → "America/New_York"), or
 * null for anything that is not a time zone this runtime knows by name.
 */
export function canonicalTimeZone(value: string): string | null {
  const zone = value.trim();
  if (!ZONE_NAME.test(zone) || zone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

let zoneList: string[] | null = null;

/** Every IANA zone the runtime offers, plus UTC, sorted: the choices of a zone select. */
export function timeZoneOptions(): string[] {
  zoneList ??= [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])].sort();
  return zoneList;
}

/** The zones grouped by their area ("America", "Europe", …; "Other" for UTC and Etc), for a select's optgroups. */
export function timeZoneGroups(current?: string): { area: string; zones: string[] }[] {
  const zones = current && !timeZoneOptions().includes(current) ? [...timeZoneOptions(), current].sort() : timeZoneOptions();
  const groups = new Map<string, string[]>();
  for (const zone of zones) {
    const area = zone.includes("/") && !zone.startsWith("Etc/") ? zone.split("/")[0]! : "Other";
    groups.set(area, [...(groups.get(area) ?? []), zone]);
  }
  return [...groups.entries()].map(([area, list]) => ({ area, zones: list })).sort((a, b) => (a.area === "Other" ? 1 : b.area === "Other" ? -1 : a.area.localeCompare(b.area)));
}

/** "America/Argentina/Buenos Aires": a zone's name as people read it. */
export function timeZoneLabel(zone: string): string {
  return zone.replaceAll("_", " ");
}

/** A posted time zone: must name a zone; stored under its canonical name. */
export function timeZoneField() {
  return z
    .string({ error: "Choose a time zone" })
    .transform((value, ctx) => {
      const zone = canonicalTimeZone(value);
      if (zone === null) {
        ctx.addIssue({ code: "custom", message: "Choose a time zone from the list" });
        return z.NEVER;
      }
      return zone;
    });
}

/** ISO 3166-1 alpha-2: every officially assigned code (249). */
export const COUNTRY_CODES: readonly string[] = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
  "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
  "NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
  "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

const COUNTRY_SET = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return COUNTRY_SET.has(value);
}

/** "United Kingdom" for "GB" in the salon's locale; the code when the runtime has no name for it. */
export function countryName(code: string, locale = "en-US"): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The countries as select options, by name in the salon's locale. */
export function countryOptions(locale = "en-US"): { value: string; label: string }[] {
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The zones as a select's option groups ("America/New York" under "America"), with `current` kept even if this runtime does not list it. */
export function timeZoneSelectGroups(current?: string): { label: string; options: { value: string; label: string }[] }[] {
  return timeZoneGroups(current).map((g) => ({ label: g.area, options: g.zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone) })) }));
}
