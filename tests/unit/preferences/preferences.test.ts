import { describe, expect, it } from "vitest";
import { applyCheckInToPreferences } from "@/lib/checkins/apply-to-preferences";
import { ZCheckInSchema, type Change } from "@/lib/checkins/schema";
import { diffPreferences } from "@/lib/preferences/diff";
import { mergePreferences } from "@/lib/preferences/merge";
import { ZHealthNotesSchema, ZSessionPreferencesSchema, readPreferences, type TSessionPreferences } from "@/lib/preferences/schema";

const base: TSessionPreferences = ZSessionPreferencesSchema.parse({ goal: "relaxation", sounds: "soft_music", scent: "lavender", talking: "chat", pressure: "medium", temperature: "as_is", focusAreas: ["shoulders"], avoidAreas: ["feet"] });

describe("ZSessionPreferencesSchema", () => {
  it("needs only the goal", () => {
    expect(ZSessionPreferencesSchema.parse({ goal: "relaxation" })).toEqual({ goal: "relaxation", focusAreas: [], avoidAreas: [] });
    expect(ZSessionPreferencesSchema.safeParse({}).success).toBe(false);
  });

  it.each([
    [{ goal: "pain_relief", painLevel: 11 }, "painLevel"],
    [{ goal: "relaxation", scent: "patchouli" }, "scent"],
    [{ goal: "relaxation", focusAreas: ["neck"], avoidAreas: ["neck"] }, "avoidAreas"],
    [{ goal: "relaxation", focusAreas: ["tail"] }, "focusAreas"],
    [{ goal: "other", goalDetail: "x".repeat(201) }, "goalDetail"],
  ])("refuses %j at %s", (input, path) => {
    const result = ZSessionPreferencesSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(path);
  });

  it("drops words that belong to another choice, and repeated areas", () => {
    const p = ZSessionPreferencesSchema.parse({ goal: "relaxation", painArea: "knee", painLevel: 4, scent: "vanilla", scentOther: "cedar", focusAreas: ["neck", "neck"] });
    expect(p).toEqual({ goal: "relaxation", scent: "vanilla", focusAreas: ["neck"], avoidAreas: [] });
  });

  it("reads a stored document back, and nothing from one that no longer parses", () => {
    expect(readPreferences(base)).toEqual(base);
    expect(readPreferences({ goal: "flying" })).toBeNull();
    expect(readPreferences(null)).toBeNull();
  });
});

describe("ZHealthNotesSchema", () => {
  it("stores notes only with consent; empty notes need none", () => {
    expect(ZHealthNotesSchema.safeParse({ healthNotes: "Pregnant, 20 weeks", healthConsent: false }).success).toBe(false);
    expect(ZHealthNotesSchema.parse({ healthNotes: "Pregnant, 20 weeks", healthConsent: true })).toEqual({ healthNotes: "Pregnant, 20 weeks", healthConsent: true });
    expect(ZHealthNotesSchema.parse({ healthNotes: "   " })).toEqual({ healthNotes: undefined, healthConsent: false });
  });
});

describe("mergePreferences (per-booking overrides)", () => {
  it("keeps the profile where the booking says nothing, and the booking's answer where it does", () => {
    expect(mergePreferences(base, { goal: "pain_relief", pressure: "firm" })).toEqual({ ...base, goal: "pain_relief", pressure: "firm" });
  });

  it("starts from nothing when there is no profile", () => {
    expect(mergePreferences(null, { goal: "sport_recovery" })).toEqual({ goal: "sport_recovery", focusAreas: [], avoidAreas: [] });
  });

  it("an area moved from avoid to focus leaves the avoid list, and back", () => {
    expect(mergePreferences(base, { goal: "relaxation", focusAreas: ["feet"] })).toMatchObject({ focusAreas: ["feet"], avoidAreas: [] });
    expect(mergePreferences(base, { goal: "relaxation", avoidAreas: ["shoulders"] })).toMatchObject({ focusAreas: [], avoidAreas: ["shoulders"] });
  });
});

describe("applyCheckInToPreferences", () => {
  const apply = (p: TSessionPreferences, remember: Change[], extra: object = {}) => applyCheckInToPreferences(p, { remember, ...extra });

  it.each([
    [["firmer_pressure"], { pressure: "firm" }],
    [["lighter_pressure"], { pressure: "light" }],
    [["less_talking"], { talking: "when_needed" }],
    [["more_talking"], { talking: "chat" }],
    [["warmer_room"], { temperature: "warmer" }],
    [["cooler_room"], { temperature: "cooler" }],
  ] as [Change[], object][])("%j moves one step: %j", (remember, expected) => {
    expect(apply(base, remember)).toMatchObject(expected);
  });

  it("stops at the ends of a scale", () => {
    expect(apply({ ...base, pressure: "deep" }, ["firmer_pressure"]).pressure).toBe("deep");
    expect(apply({ ...base, talking: "quiet" }, ["less_talking"]).talking).toBe("quiet");
  });

  it("from no preference, steps away from the middle", () => {
    const blank = ZSessionPreferencesSchema.parse({ goal: "relaxation" });
    expect(apply(blank, ["firmer_pressure", "less_talking", "cooler_room"])).toMatchObject({ pressure: "firm", talking: "quiet", temperature: "cooler" });
  });

  it("other music or scent: the named alternative, or no preference", () => {
    expect(apply(base, ["other_music"], { soundsInstead: "nature" }).sounds).toBe("nature");
    expect(apply(base, ["other_music"]).sounds).toBeUndefined();
    expect(apply(base, ["other_scent"], { scentInstead: "lavender" }).scent).toBeUndefined();
    expect(apply(base, ["other_scent"], { scentInstead: "bergamot" }).scent).toBe("bergamot");
  });

  it("more time on an area makes it a focus and takes it off the avoid list", () => {
    expect(apply(base, ["more_time_on_area"], { moreTimeArea: "feet" })).toMatchObject({ focusAreas: ["shoulders", "feet"], avoidAreas: [] });
  });

  it("changes not marked to remember change nothing, and the input is not mutated", () => {
    const copy = structuredClone(base);
    expect(apply(base, [])).toEqual(base);
    apply(base, ["more_time_on_area"], { moreTimeArea: "neck" });
    expect(base).toEqual(copy);
  });
});

describe("ZCheckInSchema", () => {
  const ok = { satisfaction: 4, goalReached: "PARTLY" };
  it("needs a score and the goal answer", () => {
    expect(ZCheckInSchema.parse(ok)).toEqual({ ...ok, changes: [], remember: [] });
    expect(ZCheckInSchema.safeParse({ ...ok, satisfaction: 6 }).success).toBe(false);
    expect(ZCheckInSchema.safeParse({ satisfaction: 3 }).success).toBe(false);
  });

  it.each([
    [{ changes: ["firmer_pressure", "lighter_pressure"] }, "changes"],
    [{ changes: ["less_talking"], remember: ["firmer_pressure"] }, "remember"],
    [{ changes: ["more_time_on_area"] }, "moreTimeArea"],
  ])("refuses %j", (extra, path) => {
    const result = ZCheckInSchema.safeParse({ ...ok, ...extra });
    expect(result.error?.issues[0]?.path[0]).toBe(path);
  });
});

describe("diffPreferences", () => {
  it("names what changed since the previous session, in words", () => {
    const now = { ...base, pressure: "firm" as const, focusAreas: ["shoulders" as const, "neck" as const] };
    expect(diffPreferences(base, now)).toEqual([
      { label: "Pressure", before: "Medium", after: "Firm" },
      { label: "Focus on", before: "Shoulders", after: "Shoulders, Neck" },
    ]);
  });

  it("nothing for a first session or unchanged answers", () => {
    expect(diffPreferences(null, base)).toEqual([]);
    expect(diffPreferences(base, { ...base })).toEqual([]);
  });

  it("a new pain line appears when the goal turns to pain relief", () => {
    const pain = ZSessionPreferencesSchema.parse({ ...base, goal: "pain_relief", painArea: "lower back", painLevel: 6 });
    expect(diffPreferences(base, pain)).toEqual([
      { label: "Goal", before: "Relaxation", after: "Relief from pain" },
      { label: "Pain", before: "No preference", after: "lower back, 6/10" },
    ]);
  });
});
