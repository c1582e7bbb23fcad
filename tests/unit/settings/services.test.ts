import { describe, expect, it } from "vitest";
import { nextFreeSlug, serviceDisplay, slugify, ZServiceSchema } from "@/lib/settings/service-fields";
import { serviceFormValues, serviceFromForm, withServiceFormFieldNames, ZServiceFormSchema } from "@/lib/settings/services-form";

// The pure parts of the services settings: slugs, the form → service mapping, and how a
// service's values read in the change log.

describe("slugify", () => {
  it.each([
    ["Swedish massage", "swedish-massage"],
    ["  Hot stone — 75′ (Deluxe)  ", "hot-stone-75-deluxe"],
    ["Back & shoulders", "back-and-shoulders"],
    ["Massage suédois à l'huile", "massage-suedois-a-l-huile"],
    ["指圧", "service"],
    ["---", "service"],
    ["A".repeat(100), "a".repeat(60)],
    [`${"x".repeat(59)} y`, "x".repeat(59)],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("nextFreeSlug", () => {
  it("keeps a free slug and numbers a taken one from 2", () => {
    expect(nextFreeSlug("bamboo", [])).toBe("bamboo");
    expect(nextFreeSlug("bamboo", ["bamboo-massage"])).toBe("bamboo");
    expect(nextFreeSlug("bamboo", ["bamboo"])).toBe("bamboo-2");
    expect(nextFreeSlug("bamboo", ["bamboo", "bamboo-2", "bamboo-3"])).toBe("bamboo-4");
  });
});

describe("the service form", () => {
  const form = (over: Record<string, unknown> = {}) =>
    ZServiceFormSchema.parse({
      salon: "serenity",
      name: "Bamboo massage",
      description: "Warm bamboo.\r\nNot during pregnancy.",
      durationMinutes: "60",
      price: "95.50",
      bufferBeforeMinutes: "",
      bufferAfterMinutes: "15",
      depositKind: "salon",
      depositAmount: "",
      depositPercent: "",
      locationType: "STUDIO",
      therapistIds: ["a", "b"],
      active: "on",
      ...over,
    });

  it("reads major units in the salon's currency, minutes, the ticked therapists and the active box", () => {
    expect(serviceFromForm(form(), "USD")).toEqual({
      name: "Bamboo massage",
      description: "Warm bamboo.\r\nNot during pregnancy.",
      durationMinutes: 60,
      priceCents: 9_550,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      depositRule: null,
      locationType: "STUDIO",
      therapistIds: ["a", "b"],
      active: true,
    });
    expect(serviceFromForm(form({ price: "9500", active: undefined, therapistIds: "a" }), "JPY")).toMatchObject({ priceCents: 9_500, active: false, therapistIds: ["a"] });
    expect(serviceFromForm(form({ therapistIds: undefined }), "USD").therapistIds).toEqual([]);
  });

  it("maps the deposit choice: the salon's (null), none, a fixed amount, a share", () => {
    expect(serviceFromForm(form({ depositKind: "none", depositAmount: "5" }), "USD").depositRule).toEqual({ kind: "none" });
    expect(serviceFromForm(form({ depositKind: "fixed", depositAmount: "20" }), "GBP").depositRule).toEqual({ kind: "fixed", amountMinor: 2_000 });
    expect(serviceFromForm(form({ depositKind: "fixed", depositAmount: "2000", price: "9500" }), "JPY").depositRule).toEqual({ kind: "fixed", amountMinor: 2_000 });
    expect(serviceFromForm(form({ depositKind: "percent", depositPercent: "12.5" }), "USD").depositRule).toEqual({ kind: "percent", basisPoints: 1_250 });
  });

  it("names the form's fields when it refuses", () => {
    expect(() => serviceFromForm(form({ price: "95.5", durationMinutes: "an hour", bufferAfterMinutes: "-5" }), "JPY")).toThrow(
      expect.objectContaining({ code: "VALIDATION", fieldErrors: { price: [expect.any(String)], durationMinutes: [expect.any(String)], bufferAfterMinutes: [expect.any(String)] } }),
    );
    expect(() => serviceFromForm(form({ price: "-10" }), "USD")).toThrow(expect.objectContaining({ fieldErrors: { price: ["Enter an amount in USD, like 20.00"] } }));
    expect(() => serviceFromForm(form({ depositKind: "fixed", depositAmount: "" }), "USD")).toThrow(expect.objectContaining({ fieldErrors: { depositAmount: [expect.any(String)] } }));
    expect(ZServiceFormSchema.safeParse({ ...form(), depositKind: "most" }).success).toBe(false);
    expect(ZServiceFormSchema.safeParse({ ...form(), locationType: "MOON" }).success).toBe(false);
  });

  it("renames the domain's fields to the form's", () => {
    expect(withServiceFormFieldNames({ priceCents: ["x"], "depositRule.basisPoints": ["y"], "depositRule.amountMinor": ["z"], name: ["n"] })).toEqual({ price: ["x"], depositPercent: ["y"], depositAmount: ["z"], name: ["n"] });
  });

  it("a form read back from a stored service gives the same service", () => {
    const stored = {
      id: "s1",
      name: "Hot stone",
      description: "Warm stones.",
      durationMinutes: 75,
      priceCents: 12_500,
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
      depositRule: { kind: "percent" as const, basisPoints: 2_550 },
      locationType: "MOBILE" as const,
      active: false,
      therapists: [{ id: "t1", displayName: "Leo", active: true }],
    };
    const values = serviceFormValues(stored as never, "USD");
    expect(values).toMatchObject({ price: "125.00", depositKind: "percent", depositPercent: "25.5", locationType: "MOBILE", therapistIds: ["t1"], active: false });
    const posted = form({ ...values, active: values.active ? "on" : undefined });
    expect(serviceFromForm(posted, "USD")).toMatchObject({ priceCents: 12_500, depositRule: stored.depositRule, durationMinutes: 75, bufferBeforeMinutes: 15, locationType: "MOBILE", therapistIds: ["t1"], active: false });
    expect(serviceFormValues(null, "USD")).toMatchObject({ depositKind: "salon", durationMinutes: "60", active: true, therapistIds: [] });
  });
});

describe("ZServiceSchema", () => {
  const valid = { name: "Bamboo", description: "Warm.", durationMinutes: 60, priceCents: 100, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, depositRule: null, locationType: "STUDIO", therapistIds: ["a", "a", "b"], active: true };

  it("trims text and drops repeated therapists", () => {
    expect(ZServiceSchema.parse({ ...valid, name: "  Bamboo  " })).toMatchObject({ name: "Bamboo", therapistIds: ["a", "b"] });
  });

  it.each([
    ["a negative price", { priceCents: -1 }],
    ["a fractional price", { priceCents: 1.5 }],
    ["a zero duration", { durationMinutes: 0 }],
    ["a duration over 8 hours", { durationMinutes: 485 }],
    ["a control character in the name", { name: "Bam\u0007boo" }],
    ["an empty description", { description: " " }],
    ["a negative buffer", { bufferBeforeMinutes: -5 }],
    ["an unknown place", { locationType: "MOON" }],
  ])("refuses %s", (_name, over) => {
    expect(ZServiceSchema.safeParse({ ...valid, ...over }).success).toBe(false);
  });
});

describe("serviceDisplay", () => {
  it("reads as the owner does: money in the salon's currency and locale, names sorted", () => {
    const service = ZServiceSchema.parse({ name: "Bamboo", description: "Warm.", durationMinutes: 90, priceCents: 9_500, bufferBeforeMinutes: 0, bufferAfterMinutes: 15, depositRule: { kind: "fixed", amountMinor: 1_000 }, locationType: "MOBILE", therapistIds: [], active: false });
    expect(serviceDisplay(service, ["Sam Okafor", "Priya Shah"], { currency: "GBP", locale: "en-GB" })).toEqual({
      name: "Bamboo",
      description: "Warm.",
      duration: "1 h 30 min",
      price: "£95.00",
      bufferBefore: "0 min",
      bufferAfter: "15 min",
      deposit: "£10.00 deposit",
      where: "Mobile (at the client's address)",
      therapists: ["Priya Shah", "Sam Okafor"],
      status: "Hidden from booking",
    });
    expect(serviceDisplay({ ...service, priceCents: 9_500, depositRule: null }, [], { currency: "JPY", locale: "ja-JP" })).toMatchObject({ price: "￥9,500", deposit: "As the salon's policy" });
  });
});
