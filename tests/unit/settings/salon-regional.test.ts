import { describe, expect, it } from "vitest";
import { whyLocationIsKept } from "@/lib/settings/locations";
import { canonicalTimeZone, COUNTRY_CODES, countryName, isCountryCode, isSupportedLocale, timeZoneGroups, timeZoneOptions } from "@/lib/settings/regional";
import { ZSalonPhoneSchema } from "@/lib/settings/salon-profile";

// The pure checks behind the salon profile and location forms.

describe("canonicalTimeZone", () => {
  it.each([
    ["America/New_York", "America/New_York"],
    ["america/new_york", "America/New_York"],
    [" Europe/London ", "Europe/London"],
    ["US/Eastern", "America/New_York"],
    ["UTC", "UTC"],
    ["America/Argentina/Salta", "America/Argentina/Salta"],
  ])("knows %s as %s", (input, zone) => {
    expect(canonicalTimeZone(input)).toBe(zone);
  });

  it.each(["", "Mars/Olympus_Mons", "+05:00", "-0800", "Europe/London; DROP", "../etc/passwd", "Europe/" + "x".repeat(80)])("refuses %j", (input) => {
    expect(canonicalTimeZone(input)).toBeNull();
  });

  it("every zone offered is one it accepts as it is, and the salons' zones are offered", () => {
    for (const zone of timeZoneOptions()) expect(canonicalTimeZone(zone), zone).not.toBeNull();
    expect(timeZoneOptions()).toEqual(expect.arrayContaining(["America/New_York", "Europe/London", "UTC"]));
  });

  it("groups zones by area, Other last, keeping a current zone the list lacks", () => {
    const groups = timeZoneGroups("Etc/GMT+5");
    expect(groups.at(-1)).toMatchObject({ area: "Other", zones: expect.arrayContaining(["UTC", "Etc/GMT+5"]) });
    expect(groups.find((g) => g.area === "Europe")?.zones).toContain("Europe/London");
  });
});

describe("locales and countries", () => {
  it("offers the English locales only", () => {
    expect(["en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-NZ"].every(isSupportedLocale)).toBe(true);
    expect(["fr-FR", "en", "EN-GB", "en_GB", ""].some(isSupportedLocale)).toBe(false);
  });

  it("knows the 249 ISO 3166-1 alpha-2 codes, by name", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(["US", "GB", "IE", "AX", "SS"].every(isCountryCode)).toBe(true);
    expect(["XX", "UK", "EU", "XK", "us", "USA", ""].some(isCountryCode)).toBe(false);
    expect(countryName("GB")).toBe("United Kingdom");
    for (const code of COUNTRY_CODES) expect(countryName(code), code).not.toBe(code);
  });
});

describe("the salon's phone", () => {
  it.each([
    ["+1 212-555-0142", "+1 212-555-0142"],
    ["020 7946 0321", "020 7946 0321"],
    ["", null],
    ["   ", null],
    [undefined, null],
  ])("takes %j as %j", (input, phone) => {
    expect(ZSalonPhoneSchema.parse(input)).toBe(phone);
  });

  it.each(["call us", "12345", "+1 (212) 555-0142 ext 5", "1".repeat(33), "555\n0142"])("refuses %j", (input) => {
    expect(ZSalonPhoneSchema.safeParse(input).success).toBe(false);
  });
});

describe("whyLocationIsKept", () => {
  it("keeps a location with bookings or hours, and the last one; lets an unused one go", () => {
    expect(whyLocationIsKept({ bookings: 1, hours: 0 }, 3)).toMatch(/^It has 1 booking, so it cannot be deleted/);
    expect(whyLocationIsKept({ bookings: 12, hours: 4 }, 3)).toMatch(/^It has 12 bookings and therapists' opening hours/);
    expect(whyLocationIsKept({ bookings: 0, hours: 2 }, 3)).toMatch(/opening hours/);
    expect(whyLocationIsKept({ bookings: 0, hours: 0 }, 1)).toMatch(/only location/);
    expect(whyLocationIsKept({ bookings: 0, hours: 0 }, 2)).toBeNull();
  });
});
